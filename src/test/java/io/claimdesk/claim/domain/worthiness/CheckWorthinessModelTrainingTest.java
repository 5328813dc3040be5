package io.claimdesk.claim.domain.worthiness;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cross-validated MAP of the learned model and of the rule on the public CheckThat! 2021 Task 1A train splits plus
 * the project's sentences (folds by topic; see {@link WorthinessTrainer}), printed as the table of
 * docs/benchmarks.md. Runs only when {@code ../shared/checkworthiness} exists (else it says it was skipped).
 *
 * <p>With {@code -Dclaimdesk.checkworthiness.write=true} it also writes the shipped model and its provenance
 * ({@code src/main/resources/checkworthiness/model.zip} and {@code model.json}): the retrain command of the shipped
 * model is
 * <pre>
 * ./mvnw -q test -Dtest=CheckWorthinessModelTrainingTest -Dclaimdesk.checkworthiness.write=true
 * </pre>
 */
class CheckWorthinessModelTrainingTest {

    static final Path PUBLIC = Path.of(TrainingData.DEFAULT_PUBLIC_DIR);

    @Test
    void learned_model_beats_the_rule_in_cross_validated_map_on_the_public_train_splits() throws Exception {
        if (!TrainingData.publicDataPresent(PUBLIC)) {
            System.out.println("skipped: " + PUBLIC + " not found");
            Assumptions.abort("skipped: " + PUBLIC + " not found");
        }
        List<TrainingData.DataFile> files = new ArrayList<>();
        List<LabelledText> rows = TrainingData.all(PUBLIC, files);
        long t0 = System.nanoTime();
        WorthinessTrainer.Result result = WorthinessTrainer.train(rows, null);
        long seconds = (System.nanoTime() - t0) / 1_000_000_000L;
        byte[] bytes = result.model().toBytes();

        System.out.println("| language | rows (check-worthy) | folds | MAP learned model | MAP rule | features |");
        System.out.println("|---|---|---|---|---|---|");
        for (WorthinessTrainer.Figures f : result.figures()) {
            System.out.printf(Locale.ROOT, "| %s | %d (%d) | %d %s | %.3f | %.3f | %d |%n", f.language(), f.rows(),
                    f.positives(), f.folds(), f.byTopic() ? "topics" : "stratified", f.modelMap(), f.ruleMap(),
                    f.features());
        }
        System.out.printf(Locale.ROOT, "model %d bytes, trained and cross-validated in %d s%n", bytes.length, seconds);
        // scoring speed over the training texts (a warm-up pass, then a timed one); with
        // -Dclaimdesk.checkworthiness.compare=<model.zip> also that model's, in the same JVM
        printScoringSpeed("trained model", WorthinessModel.fromBytes(bytes), rows);
        String compare = System.getProperty("claimdesk.checkworthiness.compare");
        if (compare != null) {
            printScoringSpeed(compare, WorthinessModel.fromBytes(Files.readAllBytes(Path.of(compare))), rows);
        }

        assertThat(result.figures()).extracting(WorthinessTrainer.Figures::language).containsExactly("ar", "en");
        for (WorthinessTrainer.Figures f : result.figures()) {
            assertThat(f.modelMap()).as("MAP of %s", f.language()).isGreaterThan(f.ruleMap());
        }
        if (Boolean.getBoolean("claimdesk.checkworthiness.write")) {
            write(result, files, bytes);
        }
    }

    private static void printScoringSpeed(String name, WorthinessModel model, List<LabelledText> rows) {
        double sink = 0;
        for (int pass = 0; pass < 2; pass++) {
            long s0 = System.nanoTime();
            for (LabelledText r : rows) {
                sink += model.score(r.text(), r.language()).probability();
            }
            if (pass == 1) {
                System.out.printf(Locale.ROOT, "scoring with %s: %.1f µs per text over %d texts (checksum %.3f)%n",
                        name, (System.nanoTime() - s0) / 1000.0 / rows.size(), rows.size(), sink);
            }
        }
    }

    static void write(WorthinessTrainer.Result result, List<TrainingData.DataFile> files, byte[] bytes)
            throws Exception {
        Path dir = Path.of("src/main/resources/checkworthiness");
        Files.write(dir.resolve("model.zip"), bytes);
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = json.createObjectNode();
        root.put("model", "model.zip");
        root.put("bytes", bytes.length);
        root.put("sha256", TrainingData.sha256(bytes));
        root.put("trainedAt", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        root.put("command", "./mvnw -q test -Dtest=CheckWorthinessModelTrainingTest "
                + "-Dclaimdesk.checkworthiness.write=true");
        root.put("library", "Tribuo 4.3.2, LinearSGDTrainer(LogMulticlass, AdaGrad(" + WorthinessTrainer.LEARNING_RATE
                + ") or AdaGradRDA(" + WorthinessTrainer.LEARNING_RATE + ", l2 " + WorthinessTrainer.L2
                + ") as the spec says, epochs " + WorthinessTrainer.EPOCHS + ", minibatch "
                + WorthinessTrainer.MINIBATCH + ", seed " + WorthinessTrainer.SEED + ")");
        root.put("features", "WorthinessFeatures: word 1-2 grams and char 2-5 grams of the SearchNormalizer-normalised "
                + "words plus rule signals; weighting, normalisation and kept n-grams per language spec below");
        ObjectNode specs = root.putObject("specs");
        for (WorthinessTrainer.Figures f : result.figures()) {
            specs.put(f.language(), WorthinessTrainer.spec(f.language()).format());
        }
        root.put("calibration", "Platt scaling on the out-of-fold log-odds of the cross-validation");
        ArrayNode data = root.putArray("data");
        for (TrainingData.DataFile f : files) {
            data.addObject().put("file", f.name()).put("sha256", f.sha256()).put("rows", f.rows());
        }
        root.put("dataTerms", "CLEF 2021 CheckThat! Task 1A train splits, released for research (Shaar et al., "
                + "CLEF 2021 Working Notes); raw data not in the product. The lab's dev and test splits were not used.");
        ArrayNode figures = root.putArray("crossValidation");
        for (WorthinessTrainer.Figures f : result.figures()) {
            figures.addObject().put("language", f.language()).put("rows", f.rows()).put("checkWorthy", f.positives())
                    .put("folds", f.folds()).put("foldsBy", f.byTopic() ? "topic" : "stratified shuffle")
                    .put("mapModel", round(f.modelMap())).put("mapRule", round(f.ruleMap()))
                    .put("features", f.features())
                    .put("plattA", round(result.model().platt(f.language()).a()))
                    .put("plattB", round(result.model().platt(f.language()).b()));
        }
        Files.writeString(dir.resolve("model.json"), json.writeValueAsString(root) + "\n");
        System.out.println("wrote " + dir.resolve("model.zip") + " and model.json");
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
