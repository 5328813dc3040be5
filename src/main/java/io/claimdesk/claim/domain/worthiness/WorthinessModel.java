package io.claimdesk.claim.domain.worthiness;

import io.claimdesk.claim.domain.CheckWorthiness;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.common.sgd.AbstractLinearSGDModel;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.la.DenseMatrix;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The trained check-worthiness model: one Tribuo logistic-regression model per language ({@code ar}, {@code en})
 * over {@link WorthinessFeatures}, each with its Platt calibration.
 *
 * <p><b>Calibration.</b> The logistic regression gives {@code p}; its log-odds {@code z = ln(p / (1 - p))} is mapped
 * to {@code sigmoid(a * z + b)}, where {@code a} and {@code b} are fitted (Platt scaling, maximum likelihood with
 * Platt's smoothed targets) on the out-of-fold log-odds of the cross-validation the model was trained with
 * ({@link WorthinessTrainer}). The map is increasing, so it changes no ranking, only what a score of 0.7 means: about
 * 70 % of texts scored 0.7 in the training languages' data were labelled check-worthy.
 *
 * <p><b>Bytes.</b> {@link #toBytes()} is a ZIP: {@code <lang>.tribuo} (Tribuo's protobuf model format, which also
 * carries Tribuo's own provenance: trainer, hyper-parameters, data size), {@code <lang>.vocabulary} (models trained
 * since 2026-12-01: a line {@code spec<TAB>}{@link WorthinessFeatures.Spec#format()}, a line {@code rows<TAB>n},
 * then the training document frequency of each feature of the Tribuo model, one per line in feature-id order) and {@code calibration.properties} ({@code <lang>.a}, {@code <lang>.b}). Immutable and thread-safe.
 */
public final class WorthinessModel {

    /** The label of the check-worthy class inside the Tribuo models. */
    public static final String POSITIVE = "1";
    /** The label of the other class. */
    public static final String NEGATIVE = "0";

    /** Calibration of one language: {@code sigmoid(a * logOdds + b)}. */
    public record Platt(double a, double b) {

        /** The identity calibration. */
        public static final Platt IDENTITY = new Platt(1, 0);

        /** The calibrated probability for log-odds {@code z}. */
        public double apply(double z) {
            return 1 / (1 + Math.exp(-(a * z + b)));
        }
    }

    /**
     * A scored text.
     *
     * @param probability   calibrated probability of check-worthiness in [0, 1]
     * @param contributions contribution of each signal to the log-odds (before calibration), largest absolute first:
     *                      rule signals by {@link io.claimdesk.claim.domain.CheckWorthiness.Reason} name, and
     *                      {@code WORDING} for the sum of all word and character n-grams
     */
    public record Scored(double probability, Map<String, Double> contributions) {
    }

    /** Name of the contribution of all n-grams together. */
    public static final String WORDING = "WORDING";

    /**
     * How a language's texts become features: the spec and the kept n-grams (the model's features other than the
     * rule signals) with their document frequencies in the training texts, from which their weights follow (idf
     * {@code ln((1 + rows) / (1 + df)) + 1}, or 1 when the spec has no idf). Models trained before 2026-12-01 have
     * none and use {@link WorthinessFeatures#features(String, String)}.
     */
    public static final class Vocabulary {

        private final WorthinessFeatures.Spec spec;
        private final int rows;
        private final Map<String, Integer> documentFrequency;
        private final Map<String, Double> weights;

        public Vocabulary(WorthinessFeatures.Spec spec, int rows, Map<String, Integer> documentFrequency) {
            this.spec = spec;
            this.rows = rows;
            this.documentFrequency = Map.copyOf(documentFrequency);
            Map<String, Double> w = new HashMap<>();
            documentFrequency.forEach((name, df) -> w.put(name,
                    spec.idf() ? Math.log((1.0 + rows) / (1.0 + df)) + 1 : 1.0));
            this.weights = Map.copyOf(w);
        }

        public WorthinessFeatures.Spec spec() {
            return spec;
        }

        /** Kept n-gram to weight. */
        public Map<String, Double> weights() {
            return weights;
        }

        /** The feature vector of a text. */
        public Map<String, Double> features(String text, String language) {
            return WorthinessFeatures.vector(WorthinessFeatures.grams(text, language, spec), weights, spec);
        }

        /** Lines: spec, training rows, then the document frequency of each model feature in feature-id order. */
        byte[] toBytes(Model<Label> model) {
            StringBuilder out = new StringBuilder("spec\t").append(spec.format()).append('\n');
            out.append("rows\t").append(rows).append('\n');
            for (int id = 0; id < model.getFeatureIDMap().size(); id++) {
                out.append(documentFrequency.getOrDefault(model.getFeatureIDMap().get(id).getName(), 0))
                        .append('\n');
            }
            return out.toString().getBytes(StandardCharsets.UTF_8);
        }

        static Vocabulary fromBytes(byte[] bytes, Model<Label> model) {
            String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\n");
            if (lines.length < 2 || !lines[0].startsWith("spec\t") || !lines[1].startsWith("rows\t")
                    || lines.length != 2 + model.getFeatureIDMap().size()) {
                throw new IllegalArgumentException("not a vocabulary of this model");
            }
            WorthinessFeatures.Spec spec = WorthinessFeatures.Spec.parse(lines[0].substring("spec\t".length()));
            int rows = Integer.parseInt(lines[1].substring("rows\t".length()));
            Map<String, Integer> df = new HashMap<>();
            for (int id = 0; id < model.getFeatureIDMap().size(); id++) {
                String name = model.getFeatureIDMap().get(id).getName();
                if (!name.startsWith(WorthinessFeatures.RULE)) {
                    df.put(name, Integer.parseInt(lines[2 + id]));
                }
            }
            return new Vocabulary(spec, rows, df);
        }
    }

    private record PerLanguage(AbstractLinearSGDModel<Label> model, Platt platt, int positiveRow, int negativeRow,
                               DenseMatrix weights, @org.jspecify.annotations.Nullable Vocabulary vocabulary,
                               LinearScorer fast) {

        Map<String, Double> features(String text, String language) {
            return vocabulary == null ? WorthinessFeatures.features(text, language)
                    : vocabulary.features(text, language);
        }
    }

    private final Map<String, PerLanguage> languages;

    private WorthinessModel(Map<String, PerLanguage> languages) {
        this.languages = Map.copyOf(languages);
    }

    /**
     * A model from trained Tribuo models and their calibrations.
     *
     * @throws IllegalArgumentException when a model is not a linear SGD model with labels {@code 0} and {@code 1}
     */
    public static WorthinessModel of(Map<String, Model<Label>> models, Map<String, Platt> platt,
                                     Map<String, Vocabulary> vocabularies) {
        Map<String, PerLanguage> out = new HashMap<>();
        models.forEach((lang, model) -> out.put(lang, wrap(model, platt.getOrDefault(lang, Platt.IDENTITY),
                vocabularies.get(lang))));
        return new WorthinessModel(out);
    }

    private static PerLanguage wrap(Model<Label> model, Platt platt,
                                    @org.jspecify.annotations.Nullable Vocabulary vocabulary) {
        if (!(model instanceof AbstractLinearSGDModel<Label> linear)) {
            throw new IllegalArgumentException("not a linear model: " + model.getClass().getName());
        }
        int pos = linear.getOutputIDInfo().getID(new Label(POSITIVE));
        int neg = linear.getOutputIDInfo().getID(new Label(NEGATIVE));
        if (pos < 0 || neg < 0) {
            throw new IllegalArgumentException("the model's labels are not 0 and 1");
        }
        return new PerLanguage(linear, platt, pos, neg, linear.getWeightsCopy(), vocabulary,
                new LinearScorer(linear, pos, neg, vocabulary));
    }

    /** The Tribuo model of each language (for tests that compare the scoring paths). */
    Map<String, Model<Label>> tribuoModels() {
        Map<String, Model<Label>> out = new HashMap<>();
        languages.forEach((lang, p) -> out.put(lang, p.model()));
        return out;
    }

    /** The languages the model knows ({@code ar}, {@code en}). */
    public List<String> languages() {
        return languages.keySet().stream().sorted().toList();
    }

    /** Whether the model has a model for that model language. */
    public boolean knows(String modelLanguage) {
        return languages.containsKey(modelLanguage);
    }

    /** Calibration of a language, or the identity when unknown. */
    public Platt platt(String modelLanguage) {
        PerLanguage p = languages.get(modelLanguage);
        return p == null ? Platt.IDENTITY : p.platt();
    }

    /** Number of features the model of that language knows (0 when unknown). */
    public int featureCount(String modelLanguage) {
        PerLanguage p = languages.get(modelLanguage);
        return p == null ? 0 : p.model().getFeatureIDMap().size();
    }

    /**
     * Scores a text.
     *
     * @param language BCP 47 tag; the model language is chosen by {@link WorthinessFeatures#modelLanguage}
     * @throws IllegalStateException when the model has no model for that language
     */
    public Scored score(String text, String language) {
        return score(text, language, CheckWorthiness.assess(text, language).reasons());
    }

    /**
     * Scores a text whose rule signals are already known ({@code CheckWorthiness.assess(text, language).reasons()}),
     * without Tribuo at scoring time ({@link LinearScorer}; equal to {@link #scoreWithTribuo} up to rounding, ~1e-15).
     */
    Scored score(String text, String language, List<CheckWorthiness.Reason> reasons) {
        String lang = WorthinessFeatures.modelLanguage(language, text);
        PerLanguage p = languages.get(lang);
        if (p == null) {
            throw new IllegalStateException("no check-worthiness model for " + lang);
        }
        LinearScorer.Known known = p.fast().known(text, language, reasons);
        double z = p.fast().logOdds(known);
        Map<String, Double> contributions = new HashMap<>();
        if (known.rulesFrom() > 0) {
            double wording = 0;
            for (int i = 0; i < known.rulesFrom(); i++) {
                wording += p.fast().contribution(known, i);
            }
            contributions.put(WORDING, wording);
        }
        for (int i = known.rulesFrom(); i < known.size(); i++) {
            contributions.put(known.rules()[i - known.rulesFrom()], p.fast().contribution(known, i));
        }
        return new Scored(p.platt().apply(z), sorted(contributions));
    }

    /** Scores a text through Tribuo (the feature map, a Tribuo example and its prediction): the reference path. */
    Scored scoreWithTribuo(String text, String language) {
        String lang = WorthinessFeatures.modelLanguage(language, text);
        PerLanguage p = languages.get(lang);
        if (p == null) {
            throw new IllegalStateException("no check-worthiness model for " + lang);
        }
        Map<String, Double> features = p.features(text, language);
        double z = logOdds(p, features);
        Map<String, Double> contributions = new HashMap<>();
        for (Map.Entry<String, Double> f : features.entrySet()) {
            int id = p.model().getFeatureIDMap().getID(f.getKey());
            if (id < 0) {
                continue;
            }
            double c = (p.weights().get(p.positiveRow(), id) - p.weights().get(p.negativeRow(), id)) * f.getValue();
            String key = f.getKey().startsWith(WorthinessFeatures.RULE)
                    ? f.getKey().substring(WorthinessFeatures.RULE.length()) : WORDING;
            contributions.merge(key, c, Double::sum);
        }
        return new Scored(p.platt().apply(z), sorted(contributions));
    }

    /** The contributions by decreasing absolute value, then by name. */
    private static Map<String, Double> sorted(Map<String, Double> contributions) {
        List<Map.Entry<String, Double>> entries = new ArrayList<>(contributions.entrySet());
        entries.sort(BY_WEIGHT);
        Map<String, Double> sorted = new LinkedHashMap<>();
        for (Map.Entry<String, Double> e : entries) {
            sorted.put(e.getKey(), e.getValue());
        }
        return sorted;
    }

    private static final Comparator<Map.Entry<String, Double>> BY_WEIGHT =
            Comparator.comparingDouble((Map.Entry<String, Double> e) -> -Math.abs(e.getValue()))
                    .thenComparing(Map.Entry::getKey);

    /** Uncalibrated log-odds of the check-worthy class for a text of a model language (used by cross-validation). */
    double logOdds(String modelLanguage, String text, String language) {
        PerLanguage p = languages.get(modelLanguage);
        return p.fast().logOdds(p.fast().known(text, language, CheckWorthiness.assess(text, language).reasons()));
    }

    /** {@link #logOdds(String, String, String)} through Tribuo: the reference path. */
    double logOddsWithTribuo(String modelLanguage, String text, String language) {
        PerLanguage p = languages.get(modelLanguage);
        return logOdds(p, p.features(text, language));
    }

    static double logOdds(Model<Label> model, Map<String, Double> features) {
        if (features.keySet().stream().noneMatch(name -> model.getFeatureIDMap().getID(name) >= 0)) {
            return biasLogOdds(model); // Tribuo refuses an example without a known feature
        }
        Prediction<Label> prediction = model.predict(example(features));
        double p = prediction.getOutputScores().get(POSITIVE).getScore();
        p = Math.min(1 - 1e-9, Math.max(1e-9, p));
        return Math.log(p / (1 - p));
    }

    /** Log-odds of the check-worthy class from the biases alone (a text with no known feature). */
    private static double biasLogOdds(Model<Label> model) {
        AbstractLinearSGDModel<Label> linear = (AbstractLinearSGDModel<Label>) model;
        DenseMatrix w = linear.getWeightsCopy();
        int bias = w.getDimension2Size() - 1;
        double z = w.get(linear.getOutputIDInfo().getID(new Label(POSITIVE)), bias)
                - w.get(linear.getOutputIDInfo().getID(new Label(NEGATIVE)), bias);
        return Math.max(-20, Math.min(20, z));
    }

    private static double logOdds(PerLanguage p, Map<String, Double> features) {
        return logOdds(p.model(), features);
    }

    static ArrayExample<Label> example(Map<String, Double> features) {
        return example(LabelFactory.UNKNOWN_LABEL, features);
    }

    static ArrayExample<Label> example(Label label, Map<String, Double> features) {
        String[] names = new String[features.size()];
        double[] values = new double[features.size()];
        int i = 0;
        for (Map.Entry<String, Double> f : features.entrySet()) {
            names[i] = f.getKey();
            values[i++] = f.getValue();
        }
        return new ArrayExample<>(label, names, values);
    }

    /** The model as bytes (see the class comment). */
    public byte[] toBytes() {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                zip.setLevel(9);
                Properties calibration = new Properties();
                for (String lang : languages()) {
                    PerLanguage p = languages.get(lang);
                    zip.putNextEntry(new ZipEntry(lang + ".tribuo"));
                    p.model().serialize().writeTo(zip);
                    zip.closeEntry();
                    if (p.vocabulary() != null) {
                        zip.putNextEntry(new ZipEntry(lang + ".vocabulary"));
                        zip.write(p.vocabulary().toBytes(p.model()));
                        zip.closeEntry();
                    }
                    calibration.setProperty(lang + ".a", Double.toString(p.platt().a()));
                    calibration.setProperty(lang + ".b", Double.toString(p.platt().b()));
                }
                zip.putNextEntry(new ZipEntry("calibration.properties"));
                StringBuilder text = new StringBuilder();
                new TreeMap<>(calibration).forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
                zip.write(text.toString().getBytes(StandardCharsets.ISO_8859_1));
                zip.closeEntry();
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a model written by {@link #toBytes()}.
     *
     * @throws IllegalArgumentException when the bytes are not such a model
     */
    @SuppressWarnings("unchecked")
    public static WorthinessModel fromBytes(byte[] bytes) {
        Map<String, Model<Label>> models = new HashMap<>();
        Properties calibration = new Properties();
        Map<String, byte[]> vocabularyBytes = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                String name = entry.getName();
                byte[] content = zip.readAllBytes();
                if (name.endsWith(".tribuo")) {
                    Model<?> model = Model.deserialize(org.tribuo.protos.core.ModelProto.parseFrom(content));
                    models.put(name.substring(0, name.length() - ".tribuo".length()), (Model<Label>) model);
                } else if (name.endsWith(".vocabulary")) {
                    vocabularyBytes.put(name.substring(0, name.length() - ".vocabulary".length()), content);
                } else if (name.equals("calibration.properties")) {
                    calibration.load(new java.io.StringReader(new String(content, StandardCharsets.ISO_8859_1)));
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("not a check-worthiness model: " + e.getMessage(), e);
        }
        if (models.isEmpty()) {
            throw new IllegalArgumentException("not a check-worthiness model: no language model inside");
        }
        Map<String, Platt> platt = new HashMap<>();
        for (String lang : models.keySet()) {
            platt.put(lang, new Platt(Double.parseDouble(calibration.getProperty(lang + ".a", "1")),
                    Double.parseDouble(calibration.getProperty(lang + ".b", "0"))));
        }
        Map<String, Vocabulary> vocabularies = new HashMap<>();
        vocabularyBytes.forEach((lang, content) -> {
            if (models.containsKey(lang)) {
                vocabularies.put(lang, Vocabulary.fromBytes(content, models.get(lang)));
            }
        });
        return of(models, platt, vocabularies);
    }

    /** Reads the model shipped in the jar ({@value #SHIPPED}). */
    public static WorthinessModel shipped() {
        return fromBytes(shippedBytes());
    }

    /**
     * The file of the model shipped in the jar ({@value #SHIPPED}), as {@link #toBytes()} wrote it.
     *
     * @throws IllegalStateException when the jar lacks it
     */
    public static byte[] shippedBytes() {
        try (InputStream in = WorthinessModel.class.getResourceAsStream(SHIPPED)) {
            if (in == null) {
                throw new IllegalStateException("the shipped check-worthiness model " + SHIPPED + " is missing");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Class-path resource of the shipped model; its provenance is {@value #SHIPPED_PROVENANCE}. */
    public static final String SHIPPED = "/checkworthiness/model.zip";
    /** Class-path resource of the shipped model's provenance (JSON). */
    public static final String SHIPPED_PROVENANCE = "/checkworthiness/model.json";

    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        for (String lang : languages()) {
            parts.add(String.format(Locale.ROOT, "%s: %d features", lang, featureCount(lang)));
        }
        return "WorthinessModel[" + String.join(", ", parts) + "]";
    }
}
