package io.claimdesk.claim.domain.worthiness;

import io.claimdesk.article.domain.Article;
import io.claimdesk.article.domain.ArticleService;
import io.claimdesk.article.domain.intake.BylineDetector;
import io.claimdesk.claim.domain.segment.Segment;
import io.claimdesk.claim.domain.segment.Segmenter;
import io.claimdesk.core.domain.ConflictException;
import io.claimdesk.core.domain.NotFoundException;
import io.claimdesk.db.tables.records.CheckworthinessModelRecord;
import io.claimdesk.user.domain.AppUser;
import io.claimdesk.user.domain.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The check-worthiness model in use, its scores, and its versions trained from the desk's decisions.
 *
 * <p>{@link #score(String, String)} is the scoring API of the desk (suggestions, new claims, and later the desk-wide
 * priority list): the active model under the rule guards ({@link CheckWorthinessScorer}). The active model is the
 * active row of {@code checkworthiness_model} when there is one, else the model shipped in the jar
 * ({@link WorthinessModel#SHIPPED}).
 *
 * <p><b>Retraining</b> ({@link #retrain()}, ADMIN; CLI {@code retrain-checkworthiness}, the model page): the rows are
 * the public CheckThat! train splits when the folder {@code claimdesk.checkworthiness.public-dir} holds them, the
 * project's labelled sentences, and the desk's decisions: each claim not removed is check-worthy (a suggestion or
 * span turned into a claim) unless it was dismissed (not check-worthy); each suggestion of an article that has a
 * claim, which overlaps no claim, is not check-worthy (ignored), over the {@value #MAX_WORKED_ARTICLES} most recently
 * claimed articles. The new model is cross-validated ({@link WorthinessTrainer}); "before" is the active model's
 * MAP on the same test folds (it may have been trained on some of those rows, so the comparison favours the model in
 * use). The new version is recorded in any case and becomes active only when, in every language, its MAP is not
 * below the active model's. The first retrain also records the shipped model as a version, so a rollback can return
 * to it.
 */
@Service
public class CheckWorthinessService {

    /** Most recently claimed articles whose ignored suggestions are learned from. */
    public static final int MAX_WORKED_ARTICLES = 500;

    private static final Logger LOG = LoggerFactory.getLogger(CheckWorthinessService.class);

    /** A model in use: its version id (null: the shipped model, not recorded) and the model. */
    private record InUse(@Nullable Long versionId, WorthinessModel model, String key) {

        /** A recorded version: key {@code v<id>}. */
        InUse(long versionId, WorthinessModel model) {
            this(versionId, model, "v" + versionId);
        }

        /**
         * The model shipped in the jar: key {@code shipped-<first 16 hex of the SHA-256 of its file>} (the file's
         * bytes, not a re-serialisation: writing a 90,000-feature Tribuo model back out took over a minute on a
         * loaded machine, on the first suggestion request, past the bounded work's time limit).
         */
        static InUse shipped() {
            byte[] bytes = WorthinessModel.shippedBytes();
            return new InUse(null, WorthinessModel.fromBytes(bytes),
                    "shipped-" + TrainingData.sha256(bytes).substring(0, 16));
        }
    }

    /** What a retrain did: the recorded version and the figures of each language. */
    public record RetrainResult(ModelVersion version, List<WorthinessTrainer.Figures> figures) {
    }

    private final ModelVersionRepository versions;
    private final ArticleService articles;
    private final CurrentUser currentUser;
    private final Path publicDir;
    private final BylineDetector bylines = new BylineDetector();
    private final AtomicReference<@Nullable InUse> inUse = new AtomicReference<>();
    private final Object loading = new Object();

    private final boolean preloadAtStart;

    public CheckWorthinessService(ModelVersionRepository versions, ArticleService articles, CurrentUser currentUser,
                                  @Value("${claimdesk.checkworthiness.public-dir:" + TrainingData.DEFAULT_PUBLIC_DIR
                                          + "}") String publicDir,
                                  @Value("${claimdesk.checkworthiness.preload:true}") boolean preloadAtStart) {
        this.versions = versions;
        this.articles = articles;
        this.currentUser = currentUser;
        this.publicDir = Path.of(publicDir);
        this.preloadAtStart = preloadAtStart;
    }

    /** Scorings {@link #preload()} runs: enough for the JIT to compile the scoring path (C2 after ~10,000 calls). */
    static final int PRELOAD_SCORINGS = 20_000;

    /**
     * When the application is ready and {@code claimdesk.checkworthiness.preload} is on (the default; off in tests
     * and the CLI): {@link #preload()} on a background daemon thread, so start-up does not wait. Its priority is set
     * to the lowest, a hint the JVM ignores on Linux by default: it takes one core for a few seconds.
     */
    @EventListener(ApplicationReadyEvent.class)
    void preloadAtStart() {
        if (!preloadAtStart) {
            return;
        }
        Thread thread = new Thread(() -> {
            try {
                long t0 = System.nanoTime();
                int scorings = preload();
                LOG.info("Check-worthiness model loaded and its scoring path run {} times in {} ms", scorings,
                        (System.nanoTime() - t0) / 1_000_000);
            } catch (RuntimeException e) { // e.g. the database is not reachable yet: the first request loads it
                LOG.warn("Check-worthiness model not preloaded: {}", e.toString());
            }
        }, "claimdesk-model-preload");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /**
     * Loads the model in use and runs the scoring path ({@link CheckWorthinessScorer#score}, inside
     * {@link Segmenter#segment}) over the project's labelled sentences until {@value #PRELOAD_SCORINGS} scorings
     * are done, bypassing the score cache. Without it, the first article opened after a restart waits for the model
     * to load (1-3 s), and the first few hundred imports run at about half the steady speed while the JIT compiles
     * (docs/benchmarks.md, import throughput).
     *
     * @return the number of scorings run
     */
    public int preload() {
        WorthinessModel model = current().model();
        List<LabelledText> rows = new ArrayList<>();
        TrainingData.readProject(rows, new ArrayList<>());
        Map<String, String> articlesByLanguage = new java.util.TreeMap<>();
        for (LabelledText row : rows) { // one article per language, a sentence per line
            articlesByLanguage.merge(row.language(), row.text(), (a, b) -> a + "\n" + b);
        }
        int[] scorings = {0};
        while (scorings[0] < PRELOAD_SCORINGS) {
            int before = scorings[0];
            for (Map.Entry<String, String> a : articlesByLanguage.entrySet()) {
                new Segmenter(a.getKey(), bylines::isCreditLine, (text, language) -> {
                    scorings[0]++;
                    return CheckWorthinessScorer.score(model, text, language);
                }).segment(a.getValue());
            }
            if (scorings[0] == before) {
                break; // nothing to score
            }
        }
        return scorings[0];
    }

    /**
     * Check-worthiness of a text: score in [0, 1] and its top reasons (codes, see {@link SuggestionScore}).
     *
     * @param language BCP 47 tag of the text's article ({@code ar}, {@code en}; others by script)
     */
    public SuggestionScore score(String text, String language) {
        WorthinessModel model = current().model();
        Scoring key = new Scoring(model, language, text);
        synchronized (recent) {
            SuggestionScore known = recent.get(key);
            if (known != null) {
                return known;
            }
        }
        SuggestionScore scored = CheckWorthinessScorer.score(model, text, language);
        synchronized (recent) {
            recent.put(key, scored);
        }
        return scored;
    }

    /** A scored text under a model (the model by identity: a swapped-in model never reuses another's scores). */
    private record Scoring(WorthinessModel model, String language, String text) {
    }

    /**
     * The last {@value #RECENT} scores: an import scores each sentence and clause, and the suggestion refresh that
     * follows scores the same texts again; a score is a pure function of model, text and language.
     */
    private static final int RECENT = 4096;
    private final Map<Scoring, SuggestionScore> recent = new java.util.LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Scoring, SuggestionScore> eldest) {
            return size() > RECENT;
        }
    };

    /** The model in use. */
    public WorthinessModel model() {
        return current().model();
    }

    /**
     * Names the model in use, so stored scores can tell whether they are current: {@code v<id>} for a recorded
     * version, {@code shipped-<16 hex>} for the model shipped in the jar. Changes with every retrain that is swapped
     * in, every activation and rollback.
     */
    public String modelKey() {
        return current().key();
    }

    private InUse current() {
        InUse now = inUse.get();
        if (now != null) {
            return now;
        }
        synchronized (loading) { // one load at a time: the start-up preload and a first request do not load twice
            now = inUse.get();
            if (now == null) {
                now = load();
                if (!inUse.compareAndSet(null, now)) { // a version was activated meanwhile: it wins
                    now = java.util.Objects.requireNonNull(inUse.get());
                }
            }
            return now;
        }
    }

    private InUse load() {
        return versions.active().map(r -> new InUse(r.getId(), WorthinessModel.fromBytes(r.getModel())))
                .orElseGet(InUse::shipped);
    }

    /** Every recorded version, newest first. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<ModelVersion> versions() {
        return versions.list();
    }

    /** Whether the public training data is present (else a retrain uses the project's and the desk's rows only). */
    public boolean publicDataPresent() {
        return TrainingData.publicDataPresent(publicDir);
    }

    /** Retrains from the desk's decisions (see the class comment) and records the version. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public RetrainResult retrain() {
        return retrain(publicDir);
    }

    /**
     * Retrains with the public splits read from {@code publicDir} when it holds them (else without them).
     *
     * @throws IllegalArgumentException when no language has both check-worthy and other rows
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public RetrainResult retrain(Path publicDir) {
        AppUser me = currentUser.require();
        List<TrainingData.DataFile> files = new ArrayList<>();
        List<LabelledText> rows = new ArrayList<>();
        int publicRows = 0;
        if (TrainingData.publicDataPresent(publicDir)) {
            TrainingData.readPublic(publicDir, rows, files);
            publicRows = rows.size();
        }
        TrainingData.readProject(rows, files);
        int projectRows = rows.size() - publicRows;
        List<LabelledText> desk = deskDecisions();
        rows.addAll(desk);
        int deskPositive = (int) desk.stream().filter(LabelledText::checkWorthy).count();

        InUse before = current();
        WorthinessTrainer.Result result = WorthinessTrainer.train(rows, before.model());
        boolean notWorse = result.figures().stream()
                .allMatch(f -> Double.isNaN(f.ruleMap()) || f.modelMap() >= f.ruleMap());

        if (versions.empty()) {
            byte[] shipped = WorthinessModel.shippedBytes();
            long shippedId = versions.insert(record("SHIPPED", null, shipped).setSwapped(true));
            if (before.versionId() == null) {
                versions.activate(shippedId, null);
            }
        }
        byte[] bytes = result.model().toBytes();
        CheckworthinessModelRecord r = record("RETRAIN", me.id(), bytes)
                .setPublicRows(publicRows).setProjectRows(projectRows)
                .setDeskPositive(deskPositive).setDeskNegative(desk.size() - deskPositive)
                .setSwapped(notWorse);
        for (WorthinessTrainer.Figures f : result.figures()) {
            Double b = Double.isNaN(f.ruleMap()) ? null : f.ruleMap();
            Double a = Double.isNaN(f.modelMap()) ? null : f.modelMap();
            if (f.language().equals("ar")) {
                r.setMapBeforeAr(b).setMapAfterAr(a);
            } else if (f.language().equals("en")) {
                r.setMapBeforeEn(b).setMapAfterEn(a);
            }
        }
        long id = versions.insert(r);
        if (notWorse) {
            versions.activate(id, me.id());
            inUse.set(new InUse(id, result.model()));
        }
        LOG.info("check-worthiness model retrained by {}: version {}, {} rows ({} desk), swapped {}, {}",
                me.username(), id, rows.size(), desk.size(), notWorse, result.figures());
        ModelVersion version = versions.list().stream().filter(v -> v.id() == id).findFirst().orElseThrow();
        return new RetrainResult(version, result.figures());
    }

    /**
     * Makes the previously active version active again.
     *
     * @throws ConflictException {@code checkworthiness.noPrevious} when no version was active before
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public ModelVersion rollback() {
        long id = versions.previouslyActive()
                .orElseThrow(() -> ConflictException.of("checkworthiness.noPrevious"));
        return activate(id);
    }

    /**
     * Makes version {@code id} the active one.
     *
     * @throws NotFoundException when there is no such version
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public ModelVersion activate(long id) {
        CheckworthinessModelRecord r = versions.find(id)
                .orElseThrow(() -> new NotFoundException("Check-worthiness model", id));
        WorthinessModel model = WorthinessModel.fromBytes(r.getModel());
        versions.activate(id, currentUser.require().id());
        inUse.set(new InUse(id, model));
        return versions.list().stream().filter(v -> v.id() == id).findFirst().orElseThrow();
    }

    /** Forgets the loaded model, so the next score reads the active version again (after a restore). */
    public void reload() {
        inUse.set(null);
    }

    /** Whether the model in use is loaded (for tests of {@link #preload()}). */
    boolean loaded() {
        return inUse.get() != null;
    }

    private static CheckworthinessModelRecord record(String origin, @Nullable Long userId, byte[] bytes) {
        return new CheckworthinessModelRecord().setOrigin(origin).setCreatedBy(userId).setModel(bytes)
                .setModelBytes(bytes.length).setSha256(TrainingData.sha256(bytes));
    }

    /** The desk's decisions (see the class comment). */
    List<LabelledText> deskDecisions() {
        List<LabelledText> out = new ArrayList<>(versions.claimDecisions());
        for (long articleId : versions.workedArticles(MAX_WORKED_ARTICLES)) {
            Article article = articles.get(articleId);
            List<int[]> spans = versions.claimSpans(articleId);
            String lang = article.language();
            for (Segment s : new Segmenter(lang, bylines::isCreditLine).segment(article.body())) {
                boolean claimed = spans.stream().anyMatch(c -> c[0] < s.end() && s.start() < c[1]);
                if (!claimed) {
                    out.add(new LabelledText(WorthinessFeatures.modelLanguage(lang, s.text()), null, s.text(), false,
                            "desk"));
                }
            }
        }
        return out;
    }
}
