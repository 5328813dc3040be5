package io.claimdesk.upgrade;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a plain-format {@code pg_dump} script over JDBC, the way {@code psql -1 -f} would, for machines without
 * psql: statements end with {@code ;} outside quotes, double-quoted identifiers, dollar-quoted bodies and comments;
 * {@code COPY ... FROM stdin;} takes the lines up to {@code \.} as its data (pgjdbc's {@link CopyManager}). The
 * whole script runs in one transaction.
 *
 * <p>psql meta-commands are not SQL: the restrict and unrestrict lines (written by pg_dump since 17.6,
 * 16.10, 15.14 against a malicious server) are skipped, any other one is refused.
 */
final class SqlScript {

    private static final Pattern COPY_FROM_STDIN = Pattern.compile("(?is)^copy\\s.+\\sfrom\\s+stdin$");
    private static final Pattern DOLLAR_TAG = Pattern.compile("\\$[A-Za-z_]*\\$");

    private SqlScript() {
    }

    /**
     * Runs {@code script} on {@code connection} in one transaction and returns how many statements ran.
     *
     * @throws SQLException on the first failing statement (with the statement's start), after a rollback
     */
    static int run(Connection connection, String script) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            int count = run(connection, statement, script);
            connection.commit();
            return count;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static int run(Connection connection, Statement statement, String script) throws SQLException {
        StringBuilder sql = new StringBuilder();
        int count = 0;
        int i = 0;
        int n = script.length();
        while (i < n) {
            char ch = script.charAt(i);
            boolean lineStart = i == 0 || script.charAt(i - 1) == '\n';
            if (lineStart && ch == '\\' && sql.toString().isBlank()) {
                int eol = endOfLine(script, i);
                String command = script.substring(i, eol).strip();
                if (!command.startsWith("\\restrict") && !command.startsWith("\\unrestrict")) {
                    throw new IllegalArgumentException("psql meta-command not supported: " + command);
                }
                i = eol + 1;
            } else if (ch == '-' && i + 1 < n && script.charAt(i + 1) == '-') {
                i = endOfLine(script, i);
            } else if (ch == '\'' || ch == '"') {
                int close = script.indexOf(ch, i + 1);
                if (close < 0) {
                    throw new IllegalArgumentException("Unterminated quote at character " + i);
                }
                sql.append(script, i, close + 1);
                i = close + 1;
            } else if (ch == '$' && dollarTag(script, i) != null) {
                String tag = dollarTag(script, i);
                int close = script.indexOf(tag, i + tag.length());
                if (close < 0) {
                    throw new IllegalArgumentException("Unterminated " + tag + " quote at character " + i);
                }
                sql.append(script, i, close + tag.length());
                i = close + tag.length();
            } else if (ch == ';') {
                String text = sql.toString().strip();
                sql.setLength(0);
                i++;
                if (COPY_FROM_STDIN.matcher(text).matches()) {
                    int dataStart = endOfLine(script, i) + 1;
                    int end = script.indexOf("\n\\.\n", dataStart - 1);
                    if (end < 0) {
                        throw new IllegalArgumentException("COPY data without its \\. line: " + text);
                    }
                    String data = end < dataStart ? "" : script.substring(dataStart, end + 1);
                    copy(connection, text, data);
                    i = end + 4;
                } else {
                    execute(statement, text);
                }
                count++;
            } else {
                sql.append(ch);
                i++;
            }
        }
        if (!sql.toString().isBlank()) {
            throw new IllegalArgumentException("Script ends inside a statement: " + abbreviate(sql.toString()));
        }
        return count;
    }

    private static String dollarTag(String script, int at) {
        Matcher m = DOLLAR_TAG.matcher(script).region(at, Math.min(script.length(), at + 64));
        return m.lookingAt() ? m.group() : null;
    }

    private static int endOfLine(String script, int from) {
        int eol = script.indexOf('\n', from);
        return eol < 0 ? script.length() : eol;
    }

    private static void execute(Statement statement, String sql) throws SQLException {
        try {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new SQLException("Failed: " + abbreviate(sql) + " (" + e.getMessage() + ")", e.getSQLState(), e);
        }
    }

    private static void copy(Connection connection, String sql, String data) throws SQLException {
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        try {
            copy.copyIn(sql, new StringReader(data));
        } catch (IOException e) {
            throw new SQLException("COPY failed: " + abbreviate(sql), e);
        } catch (SQLException e) {
            throw new SQLException("Failed: " + abbreviate(sql) + " (" + e.getMessage() + ")", e.getSQLState(), e);
        }
    }

    private static String abbreviate(String sql) {
        String one = sql.strip().replaceAll("\\s+", " ");
        return one.length() > 160 ? one.substring(0, 160) + "..." : one;
    }
}
