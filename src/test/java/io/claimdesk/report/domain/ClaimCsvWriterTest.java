package io.claimdesk.report.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class ClaimCsvWriterTest {

    private static final List<String> HEADER = List.of("claim", "claimant", "verdict");

    private static byte[] write(boolean bom, List<String> header, List<List<String>> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ClaimCsvWriter writer = new ClaimCsvWriter(out, bom)) {
            writer.writeHeader(header);
            for (List<String> row : rows) {
                writer.writeRow(row);
            }
        }
        return out.toByteArray();
    }

    private static List<List<String>> parse(byte[] bytes) throws IOException {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<List<String>> records = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.RFC4180)) {
            for (CSVRecord record : parser) {
                records.add(record.toList());
            }
        }
        return records;
    }

    @Test
    void utf8_byte_order_mark_is_written_by_default() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ClaimCsvWriter writer = new ClaimCsvWriter(out)) {
            writer.writeRow(List.of("x"));
        }
        assertThat(Arrays.copyOf(out.toByteArray(), 3)).containsExactly(0xEF, 0xBB, 0xBF);
    }

    @Test
    void byte_order_mark_can_be_left_out() throws IOException {
        byte[] bytes = write(false, HEADER, List.of());
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("claim,claimant,verdict\r\n");
    }

    @Test
    void records_end_with_crlf_and_fields_are_quoted_only_when_needed() throws IOException {
        byte[] bytes = write(false, HEADER, List.of(List.of("plain", "a,b", "say \"no\"")));
        assertThat(new String(bytes, StandardCharsets.UTF_8))
                .isEqualTo("claim,claimant,verdict\r\nplain,\"a,b\",\"say \"\"no\"\"\"\r\n");
    }

    @Test
    void formula_cells_are_neutralised() throws IOException {
        byte[] bytes = write(false, HEADER, List.of(List.of("=HYPERLINK(\"http://x\")", " =1+1", "\t@x"), List.of("-2+3", "ok", "")));
        List<List<String>> parsed = parse(bytes);
        assertThat(parsed.get(1)).containsExactly("'=HYPERLINK(\"http://x\")", "' =1+1", "'\t@x");
        assertThat(parsed.get(2)).containsExactly("'-2+3", "ok", "");
    }

    @Test
    void arabic_quotes_commas_and_newlines_round_trip_through_commons_csv() throws IOException {
        List<String> row = List.of(
                "أعلن الرئيس في 31 ديسمبر 2021 أن \"60 دولة\"، وفق وكالات, ستنسحب",
                "line one\r\nline two\nline three",
                "=1+2 \"quoted\", with comma");
        List<List<String>> parsed = parse(write(true, HEADER, List.of(row)));
        assertThat(parsed).hasSize(2);
        assertThat(parsed.get(0)).isEqualTo(HEADER);
        assertThat(parsed.get(1)).containsExactly(row.get(0), row.get(1), "'" + row.get(2));
    }

    @Test
    void null_cells_are_written_empty() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ClaimCsvWriter writer = new ClaimCsvWriter(out, false)) {
            writer.writeRow(Arrays.asList("a", null, "c"));
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("a,,c\r\n");
    }

    @Test
    void header_is_neutralised_too() throws IOException {
        assertThat(parse(write(false, List.of("=evil", "claim"), List.of())).get(0)).containsExactly("'=evil", "claim");
    }

    @Test
    void a_row_with_the_wrong_number_of_cells_is_refused() throws IOException {
        try (ClaimCsvWriter writer = new ClaimCsvWriter(OutputStream.nullOutputStream())) {
            writer.writeHeader(HEADER);
            assertThatThrownBy(() -> writer.writeRow(List.of("only one")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("1 cells but the header has 3 columns");
        }
    }

    @Test
    void header_after_rows_is_refused() throws IOException {
        try (ClaimCsvWriter writer = new ClaimCsvWriter(OutputStream.nullOutputStream())) {
            writer.writeRow(List.of("a"));
            assertThatThrownBy(() -> writer.writeHeader(HEADER)).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void rows_reach_the_stream_while_writing_without_being_collected() throws IOException {
        CountingStream counting = new CountingStream();
        long midway;
        try (ClaimCsvWriter writer = new ClaimCsvWriter(counting, true)) {
            writer.writeHeader(HEADER);
            String claim = "قال المتحدث إن القوات ستغادر بحلول نهاية العام";
            for (int i = 0; i < 20_000; i++) {
                writer.writeRow(List.of(claim + " " + i, "المتحدث", "Unproven"));
            }
            midway = counting.count;
            writer.flush();
            assertThat(counting.count).isGreaterThanOrEqualTo(midway);
        }
        // all but at most one encoder buffer (8 KiB) was already written before the flush
        assertThat(midway).isGreaterThan(counting.count - 16 * 1024);
        assertThat(counting.closed).isTrue();
    }

    private static final class CountingStream extends OutputStream {
        long count;
        boolean closed;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
