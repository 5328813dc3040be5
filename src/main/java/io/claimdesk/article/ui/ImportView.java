package io.claimdesk.article.ui;

import io.claimdesk.core.ui.FieldDirection;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import io.claimdesk.article.domain.Article;
import io.claimdesk.article.domain.ArticleDraft;
import io.claimdesk.article.domain.ArticleService;
import io.claimdesk.article.domain.DuplicateArticleException;
import io.claimdesk.article.domain.ImportRequest;
import io.claimdesk.article.domain.intake.IntakeException;
import io.claimdesk.article.domain.intake.IntakeResult;
import io.claimdesk.article.domain.intake.PageFurniture;
import io.claimdesk.article.domain.intake.RawDocument;
import io.claimdesk.core.domain.ValidationException;
import io.claimdesk.core.text.InvalidTextException;
import io.claimdesk.core.text.UserText;
import io.claimdesk.core.ui.ErrorMessages;
import io.claimdesk.core.ui.Notifications;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/**
 * Import an article by pasting text or uploading a file. Shows the cleaned text and every warning before anything
 * is stored; a duplicate is refused with a link to the existing article unless the user imports it anyway.
 */
@Route("articles/import")
@RolesAllowed("CHECKER")
public class ImportView extends VerticalLayout implements HasDynamicTitle {

    static final List<String> CHARSETS = List.of("", "UTF-8", "windows-1256", "ISO-8859-6", "windows-1252",
            "UTF-16LE", "UTF-16BE");
    static final List<String> LANGUAGES = List.of("", "ar", "en", "fr", "es", "de", "tr", "fa", "ur", "und");

    private final ArticleService articles;
    /** Limits in code points, the same as the API's ({@code ArticleController}). */
    private static final int MAX_TEXT = 10_000_000;
    private static final int MAX_TITLE = 1_000;
    private static final int MAX_URL = 2_048;
    private static final int MAX_PUBLISHER = 500;
    private static final int MAX_FILE_NAME = 255;

    private final TextArea paste = new TextArea();
    private final Upload upload;
    private final Span uploaded = new Span();
    private final Select<String> charset = new Select<>();
    private final TextField title = new TextField();
    private final TextField url = new TextField();
    private final TextField publisher = FieldDirection.follow(new TextField());
    private final DateTimePicker publishedAt = new DateTimePicker();
    private final Select<String> language = new Select<>();
    private final Select<String> direction = new Select<>();
    private final Checkbox importAnyway = new Checkbox();
    private final Checkbox dropNotes = new Checkbox();
    private final Div preview = new Div();
    private final Button save = new Button();
    private final TabSheet source = new TabSheet();
    private @Nullable RawDocument document;

    public ImportView(ArticleService articles) {
        this.articles = articles;
        setWidthFull();
        setMaxWidth("1100px");

        paste.setWidthFull();
        paste.setMinHeight("14em");
        paste.setPlaceholder(getTranslation("article.import.pastePlaceholder"));
        paste.setId("paste-text");
        FieldDirection.follow(paste);

        int limit = (int) Math.min(Integer.MAX_VALUE, articles.maxUploadBytes());
        upload = new Upload(UploadHandler.inMemory((meta, bytes) -> {
            // runs while the upload request holds the session lock: store only; preview after "succeeded"
            articles.checkUploadSize(bytes.length);
            document = new RawDocument(bytes, UserText.canonical("filename", meta.fileName(), MAX_FILE_NAME),
                    meta.contentType());
        }));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(limit);
        upload.setAcceptedFileTypes(".txt", ".text", ".html", ".htm", ".docx", ".pdf", "text/plain", "text/html",
                "application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        upload.setI18n(uploadI18n(limit));
        upload.setId("upload");
        // With an UploadHandler, Upload fires no SucceededEvent/FailedEvent (those belong to the Receiver API):
        // listen to the web component's own events, which arrive in a normal round trip after the upload request
        upload.getElement().addEventListener("upload-success", e -> {
            String fileName = e.getEventData().getString("event.detail.file.name");
            uploaded.setText(getTranslation("article.import.uploaded", fileName));
            runPreview();
        }).addEventData("event.detail.file.name");
        upload.addFileRejectedListener(e -> Notifications.error(getTranslation("article.error.REJECTED",
                e.getErrorMessage(), megabytes(limit))));
        upload.getElement().addEventListener("upload-error",
                e -> Notifications.error(getTranslation("article.error.UPLOAD_FAILED")));
        upload.addFileRemovedListener(e -> {
            document = null;
            uploaded.setText("");
            preview.removeAll();
            save.setEnabled(false);
        });
        charset.setLabel(getTranslation("article.import.charset"));
        charset.setItems(CHARSETS);
        charset.setItemLabelGenerator(c -> c.isEmpty() ? getTranslation("article.import.charset.auto") : c);
        charset.setValue("");
        charset.setHelperText(getTranslation("article.import.charset.help"));
        charset.setId("charset");
        charset.addValueChangeListener(e -> {
            if (document != null) {
                runPreview();
            }
        });
        dropNotes.setLabel(getTranslation("article.import.dropNotes"));
        dropNotes.setId("drop-notes");
        dropNotes.addValueChangeListener(e -> {
            if (document != null) {
                runPreview();
            }
        });
        VerticalLayout uploadTab = new VerticalLayout(upload, uploaded, charset, dropNotes);
        uploadTab.setPadding(false);

        source.add(getTranslation("article.import.paste"), paste).setId("import-tab-paste");
        source.add(getTranslation("article.import.upload"), uploadTab).setId("import-tab-upload");
        source.setWidthFull();
        source.setId("import-source");

        title.setLabel(getTranslation("article.title"));
        FieldDirection.follow(title);
        url.setLabel(getTranslation("article.url"));
        // only the typed URL is left-to-right; the label and helper text follow the page
        url.addClassName("cd-ltr-input");
        publisher.setLabel(getTranslation("article.publisher"));
        publishedAt.setLabel(getTranslation("article.publishedUtc"));
        language.setLabel(getTranslation("article.language"));
        language.setItems(LANGUAGES);
        language.setItemLabelGenerator(l -> l.isEmpty() ? getTranslation("article.detect")
                : getTranslation("language." + l));
        language.setValue("");
        language.setId("language-override");
        direction.setLabel(getTranslation("article.direction"));
        direction.setItems("", "rtl", "ltr");
        direction.setItemLabelGenerator(d -> d.isEmpty() ? getTranslation("article.detect")
                : getTranslation("direction." + d));
        direction.setValue("");
        FormLayout metadata = new FormLayout(title, url, publisher, publishedAt, language, direction);
        Details metadataDetails = new Details(getTranslation("article.import.metadata"), metadata);
        metadataDetails.setWidthFull();

        Button previewButton = new Button(getTranslation("article.import.preview"), VaadinIcon.EYE.create(),
                e -> runPreview());
        previewButton.setId("preview");
        importAnyway.setLabel(getTranslation("article.import.anyway"));
        importAnyway.setVisible(false);
        importAnyway.setId("import-anyway");
        save.setText(getTranslation("article.import.save"));
        save.setIcon(VaadinIcon.CHECK.create());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setEnabled(false);
        save.setId("save-article");
        save.addClickListener(e -> runImport());

        preview.setWidthFull();
        preview.setId("import-preview");
        add(source, metadataDetails, new HorizontalLayout(previewButton, save, importAnyway), preview);
    }

    /** The field's label in the UI's language and what is wrong with its text. */
    private String invalidText(InvalidTextException e) {
        String label = switch (e.field()) {
            case "title" -> getTranslation("article.title");
            case "url" -> getTranslation("article.url");
            case "publisher" -> getTranslation("article.publisher");
            case "filename" -> getTranslation("article.import.upload");
            default -> getTranslation("article.import.paste");
        };
        return switch (e.reason()) {
            case SURROGATE -> getTranslation("text.invalid.SURROGATE", label, e.position());
            case CONTROL -> getTranslation("text.invalid.CONTROL", label, e.position());
            case TOO_LONG -> getTranslation("text.invalid.TOO_LONG", label, e.length(), e.max());
        };
    }

    /** The request the form describes now (every text through {@link UserText}). */
    ImportRequest request() {
        boolean fromFile = source.getSelectedIndex() == 1;
        return new ImportRequest(fromFile ? null : UserText.canonical("text", paste.getValue(), MAX_TEXT),
                fromFile ? document : null, UserText.canonical("title", title.getValue(), MAX_TITLE),
                UserText.canonical("url", url.getValue(), MAX_URL),
                UserText.canonical("publisher", publisher.getValue(), MAX_PUBLISHER), null,
                publishedAt.getValue() == null ? null : publishedAt.getValue().atOffset(ZoneOffset.UTC),
                emptyToNull(language.getValue()), emptyToNull(direction.getValue()), emptyToNull(charset.getValue()),
                importAnyway.getValue(), dropNotes.getValue());
    }

    /**
     * An entry in the publication date that the picker could not read leaves its value empty: say so on the field
     * instead of importing without the date (issue 14: never silently dropped).
     */
    private boolean publicationDateUnreadable() {
        if (!publishedAt.isInvalid()) {
            publishedAt.setErrorMessage(null);
            return false;
        }
        String message = getTranslation("article.error.PUBLISHED_AT", "yyyy-MM-dd");
        publishedAt.setErrorMessage(message);
        Notifications.error(message);
        return true;
    }

    /** Uses {@code doc} as the uploaded file and shows its preview (also used by tests). */
    void useDocument(RawDocument doc) {
        document = doc;
        source.setSelectedIndex(1);
        runPreview();
    }

    void runPreview() {
        preview.removeAll();
        save.setEnabled(false);
        if (publicationDateUnreadable()) {
            return;
        }
        try {
            if (source.getSelectedIndex() == 1 && document == null) {
                Notifications.error(getTranslation("article.error.NO_FILE"));
                return;
            }
            ArticleDraft draft = articles.preview(request());
            showDraft(draft);
            save.setEnabled(true);
        } catch (IntakeException e) {
            Notifications.error(intakeMessage(this, e, articles.maxUploadBytes()));
        } catch (InvalidTextException e) {
            Notifications.error(invalidText(e));
        } catch (ValidationException e) {
            ErrorMessages.show(this, e);
        }
    }

    void runImport() {
        if (publicationDateUnreadable()) {
            return;
        }
        try {
            Article article = articles.importArticle(request());
            Notifications.success(getTranslation("article.import.done"));
            UI.getCurrent().navigate("articles/" + article.id());
        } catch (DuplicateArticleException e) {
            showDuplicate(e.existingArticleId());
        } catch (IntakeException e) {
            Notifications.error(intakeMessage(this, e, articles.maxUploadBytes()));
        } catch (InvalidTextException e) {
            Notifications.error(invalidText(e));
        } catch (ValidationException e) {
            ErrorMessages.show(this, e);
        }
    }

    private void showDraft(ArticleDraft draft) {
        IntakeResult r = draft.intake();
        H3 heading = new H3(getTranslation("article.import.cleaned"));
        Paragraph facts = new Paragraph(getTranslation("article.import.facts",
                getTranslation("language." + r.language()), getTranslation("direction." + r.direction()),
                r.charset() == null ? "-" : r.charset(), r.byline() == null ? "-" : r.byline(),
                r.paragraphs().size()));
        facts.setId("import-facts");
        UnorderedList warnings = new UnorderedList();
        warnings.setId("import-warnings");
        r.warnings().forEach(w -> warnings.add(new ListItem(WarningTexts.text(this,
                Article.StoredWarning.of(w)))));
        preview.add(heading, facts);
        if (r.title() != null) {
            preview.add(new Paragraph(getTranslation("article.title") + ": " + r.title()));
        }
        if (!r.warnings().isEmpty()) {
            preview.add(new H3(getTranslation("article.import.changes")), warnings);
        }
        if (!r.furniture().isEmpty()) {
            // flagged here, removed when the user confirms the import; the kept raw text still holds them
            UnorderedList furniture = new UnorderedList();
            furniture.setId("import-furniture");
            for (PageFurniture.Line line : r.furniture()) {
                ListItem item = new ListItem(getTranslation("article.import.furnitureLine", line.line(),
                        getTranslation("article.furniture." + line.kind().name()), line.text()));
                item.getElement().setAttribute("dir", "auto");
                furniture.add(item);
            }
            preview.add(new H3(getTranslation("article.import.furniture", r.furniture().size())), furniture);
        }
        if (draft.duplicateOf() != null) {
            showDuplicate(draft.duplicateOf());
        } else {
            importAnyway.setVisible(false);
            importAnyway.setValue(false);
        }
        if (draft.sameUrlArticle() != null) {
            Paragraph sameUrl = new Paragraph(getTranslation("article.import.sameUrl"));
            sameUrl.add(new Anchor("articles/" + draft.sameUrlArticle(), "#" + draft.sameUrlArticle()));
            sameUrl.addClassName("cd-warning");
            preview.add(sameUrl);
        }
        preview.add(ArticleText.of(r.body(), r.direction(), r.language()));
    }

    private void showDuplicate(long existing) {
        preview.getChildren().filter(c -> "duplicate-notice".equals(c.getId().orElse(""))).toList()
                .forEach(Component::removeFromParent);
        Paragraph notice = new Paragraph(getTranslation("article.import.duplicate") + " ");
        Anchor link = new Anchor("articles/" + existing, getTranslation("article.import.openExisting", existing));
        link.setId("existing-article");
        notice.add(link);
        notice.setId("duplicate-notice");
        notice.addClassName("cd-warning");
        preview.addComponentAsFirst(notice);
        importAnyway.setVisible(true);
    }

    /**
     * The translated text of an intake refusal; in the English UI followed by intake's more specific English
     * message (e.g. which image type a file really is).
     */
    static String intakeMessage(Component c, IntakeException e, long limitBytes) {
        String text = c.getTranslation("article.error." + e.code().name(), megabytes(limitBytes));
        boolean english = !"ar".equals(com.vaadin.flow.component.UI.getCurrent().getLocale().getLanguage());
        return english && e.getMessage() != null ? text + " (" + e.getMessage() + ")" : text;
    }

    private UploadI18N uploadI18n(int limit) {
        UploadI18N i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("article.upload.drop"))
                .setMany(getTranslation("article.upload.drop")));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("article.upload.add"))
                .setMany(getTranslation("article.upload.add")));
        i18n.setError(new UploadI18N.Error()
                .setFileIsTooBig(getTranslation("article.upload.tooBig", megabytes(limit)))
                .setIncorrectFileType(getTranslation("article.upload.wrongType"))
                .setTooManyFiles(getTranslation("article.upload.tooMany")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(getTranslation("article.upload.connecting"))
                        .setProcessing(getTranslation("article.upload.processing"))
                        .setHeld(getTranslation("article.upload.held")).setStalled(getTranslation("article.upload.stalled")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(getTranslation("article.upload.remaining"))
                        .setUnknown(getTranslation("article.upload.remainingUnknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(getTranslation("article.upload.serverUnavailable"))
                        .setUnexpectedServerError(getTranslation("article.upload.serverError"))
                        .setForbidden(getTranslation("article.upload.forbidden"))));
        i18n.setUnits(new UploadI18N.Units(List.of("B", "kB", "MB", "GB", "TB")));
        return i18n;
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.0f", bytes / (1024.0 * 1024.0));
    }

    private static @Nullable String emptyToNull(@Nullable String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("article.import.title");
    }
}
