package io.claimdesk.report.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import io.claimdesk.report.domain.DownloadNames;
import java.io.IOException;
import java.io.OutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Download links whose content is written straight to the HTTP response (nothing buffered in the session). */
final class Downloads {

    private static final Logger log = LoggerFactory.getLogger(Downloads.class);

    /** Writes a download's bytes. */
    @FunctionalInterface
    interface Writer {
        void write(OutputStream out) throws IOException;
    }

    /** Says when a download has finished (successfully or not), on the UI thread. */
    @FunctionalInterface
    interface Done {
        void done(boolean ok, String fileName);
    }

    private Downloads() {
    }

    /**
     * A download handler: sets file name ({@code Content-Disposition} with {@code filename*}) and type, streams
     * {@code writer} to the response, then reports through {@code done} via {@link UI#access}.
     */
    static DownloadHandler handler(java.util.function.Supplier<String> fileName, String contentType, Writer writer,
                                   Done done) {
        return (DownloadEvent event) -> {
            String name = fileName.get();
            event.setFileName(name);
            event.setContentType(contentType);
            event.getResponse().setHeader("Content-Disposition", DownloadNames.contentDisposition("attachment", name));
            boolean ok = false;
            try (OutputStream out = event.getOutputStream()) {
                writer.write(out);
                ok = true;
            } catch (IOException | RuntimeException e) {
                log.warn("Download {} failed: {}", name, e.toString());
                throw e;
            } finally {
                boolean result = ok;
                UI ui = event.getUI();
                if (ui != null) {
                    ui.access(() -> done.done(result, name));
                }
            }
        };
    }

    /** An anchor that downloads (not navigates) with the handler. */
    static Anchor anchor(String id, DownloadHandler handler, String label) {
        Anchor anchor = new Anchor(handler, label);
        anchor.setId(id);
        anchor.getElement().setAttribute("download", true);
        anchor.getElement().getThemeList().add("cd-download");
        return anchor;
    }
}
