package io.claimdesk.report.domain;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * Streams claims to CSV: RFC 4180 (comma separated, CRLF after every record, fields quoted with {@code "}
 * only when needed, embedded quotes doubled) via Apache Commons CSV ({@link CSVFormat#RFC4180}), encoded as
 * UTF-8 with an optional byte order mark (on by default, so that Excel opens Arabic text correctly).
 * Every cell, header cells included, goes through {@link CsvCells#neutralise(String)} (OWASP CSV injection).
 *
 * <p>Rows are written through as they come: the writer keeps no rows, only the fixed-size buffer of the
 * UTF-8 encoder, so memory stays constant however many claims are exported. Call {@link #flush()} to push
 * buffered bytes out (e.g. to an HTTP response) and {@link #close()} at the end; closing closes the
 * underlying stream. Not thread-safe.
 */
public final class ClaimCsvWriter implements Closeable, Flushable {

    private final CSVPrinter printer;
    private int columns = -1;
    private boolean rowsWritten;

    /**
     * A writer with a byte order mark.
     *
     * @param out where the CSV bytes go
     * @throws IOException if writing the byte order mark fails
     */
    public ClaimCsvWriter(OutputStream out) throws IOException {
        this(out, true);
    }

    /**
     * @param out where the CSV bytes go
     * @param bom whether to start with the UTF-8 byte order mark EF BB BF
     * @throws IOException if writing the byte order mark fails
     */
    public ClaimCsvWriter(OutputStream out, boolean bom) throws IOException {
        Writer writer = new OutputStreamWriter(Objects.requireNonNull(out, "out"), StandardCharsets.UTF_8);
        if (bom) {
            writer.write('\uFEFF');
        }
        this.printer = new CSVPrinter(writer, CSVFormat.RFC4180);
    }

    /**
     * Writes the header record; at most once, before any row. Rows must then have the same number of cells.
     *
     * @param names column names
     * @throws IllegalStateException if a header or a row was already written
     * @throws IOException           if writing fails
     */
    public void writeHeader(List<String> names) throws IOException {
        if (columns >= 0 || rowsWritten) {
            throw new IllegalStateException("The header must be written once, before any row");
        }
        columns = names.size();
        print(names);
    }

    /**
     * Writes one record; null cells are written as empty cells.
     *
     * @param cells the cell values, in column order
     * @throws IllegalArgumentException if a header was written and the number of cells differs from it
     * @throws IOException              if writing fails
     */
    public void writeRow(List<? extends @Nullable String> cells) throws IOException {
        if (columns >= 0 && cells.size() != columns) {
            throw new IllegalArgumentException(
                    "A row has " + cells.size() + " cells but the header has " + columns + " columns");
        }
        rowsWritten = true;
        print(cells);
    }

    private void print(List<? extends @Nullable String> cells) throws IOException {
        List<String> safe = new ArrayList<>(cells.size());
        for (String cell : cells) {
            safe.add(CsvCells.neutralise(cell));
        }
        printer.printRecord(safe);
    }

    /** Pushes buffered bytes to the underlying stream. */
    @Override
    public void flush() throws IOException {
        printer.flush();
    }

    /** Flushes and closes the underlying stream. */
    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
