package io.claimdesk.claim.domain.worthiness;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The labelled data the model is trained on besides the desk's decisions.
 *
 * <ul>
 *   <li>Public: the CLEF 2021 CheckThat! Task 1A train splits, {@code ct21-1a-ar-train.tsv} and
 *       {@code ct21-1a-en-train.tsv} (columns {@code topic_id, tweet_id, tweet_url, tweet_text, claim,
 *       claim_worthiness}, tab-separated, header line, no quoting; label = {@code claim_worthiness}), read from a
 *       folder when it exists (by default {@value #DEFAULT_PUBLIC_DIR}, property {@code claimdesk.checkworthiness.public-dir}).
 *       They are never copied into the product; the lab's dev and test splits are never read.</li>
 *   <li>Project: the team's own labelled wire-style sentences in both languages, shipped as
 *       {@value #PROJECT_SENTENCES} ({@code lang, label, sentence}).</li>
 * </ul>
 */
public final class TrainingData {

    /** The public data folder, relative to the working directory. */
    public static final String DEFAULT_PUBLIC_DIR = "../shared/checkworthiness";
    /** The public files, in the order they are read. */
    public static final List<String> PUBLIC_FILES = List.of("ct21-1a-ar-train.tsv", "ct21-1a-en-train.tsv");
    /** Class-path resource of the project's labelled sentences. */
    public static final String PROJECT_SENTENCES = "/checkworthiness/gold.tsv";

    /** One data file read: its name, SHA-256 (hex) and rows. */
    public record DataFile(String name, String sha256, int rows) {
    }

    private TrainingData() {
    }

    /** Whether {@code dir} holds the public files. */
    public static boolean publicDataPresent(Path dir) {
        return PUBLIC_FILES.stream().allMatch(f -> Files.isRegularFile(dir.resolve(f)));
    }

    /**
     * Reads the public train splits from {@code dir}, appending rows to {@code out} and a {@link DataFile} per file
     * to {@code files}.
     *
     * @throws UncheckedIOException when a file cannot be read
     * @throws IllegalArgumentException when a line does not have six columns or a 0/1 label
     */
    public static void readPublic(Path dir, List<LabelledText> out, List<DataFile> files) {
        for (String name : PUBLIC_FILES) {
            String lang = name.contains("-ar-") ? "ar" : "en";
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(dir.resolve(name));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            int count = 0;
            for (String line : new String(bytes, StandardCharsets.UTF_8).split("\r?\n")) {
                if (line.isBlank() || line.startsWith("topic_id\t")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (cols.length != 6 || !(cols[5].equals("0") || cols[5].equals("1"))) {
                    throw new IllegalArgumentException(name + ": not a CheckThat! 1A line: " + line);
                }
                out.add(new LabelledText(lang, cols[0], cols[3], cols[5].equals("1"), "public"));
                count++;
            }
            files.add(new DataFile(name, sha256(bytes), count));
        }
    }

    /** Reads the project's labelled sentences, appending to {@code out} and {@code files}. */
    public static void readProject(List<LabelledText> out, List<DataFile> files) {
        try (InputStream in = TrainingData.class.getResourceAsStream(PROJECT_SENTENCES)) {
            if (in == null) {
                throw new IllegalStateException(PROJECT_SENTENCES + " is missing");
            }
            byte[] bytes = in.readAllBytes();
            int count = 0;
            for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("lang\t")) {
                    continue;
                }
                String[] cols = line.split("\t", 3);
                if (cols.length != 3 || !(cols[1].equals("0") || cols[1].equals("1"))) {
                    throw new IllegalArgumentException(PROJECT_SENTENCES + ": bad line: " + line);
                }
                out.add(new LabelledText(cols[0], null, cols[2].strip(), cols[1].equals("1"), "project"));
                count++;
            }
            files.add(new DataFile("src/main/resources" + PROJECT_SENTENCES, sha256(bytes), count));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lower-case hex SHA-256 of bytes. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Public plus project rows, for the shipped model. */
    public static List<LabelledText> all(Path publicDir, List<DataFile> files) {
        List<LabelledText> rows = new ArrayList<>();
        if (publicDataPresent(publicDir)) {
            readPublic(publicDir, rows, files);
        }
        readProject(rows, files);
        return rows;
    }
}
