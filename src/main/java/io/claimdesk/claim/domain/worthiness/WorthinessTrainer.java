package io.claimdesk.claim.domain.worthiness;

import io.claimdesk.claim.domain.CheckWorthiness;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;

/**
 * Trains and cross-validates the check-worthiness model with Tribuo ({@link LinearSGDTrainer} with the logistic loss
 * {@link LogMulticlass}: logistic regression; AdaGrad, learning rate {@value #LEARNING_RATE}, {@value #EPOCHS}
 * epochs, minibatches of {@value #MINIBATCH}, seed {@value #SEED}; deterministic for the same rows in the same order).
 *
 * <p><b>Folds.</b> Per language. When the public rows of a language have at least {@value #MIN_TOPIC_FOLDS}
 * topics, each topic is one fold (leave one topic out; the Arabic CheckThat! 2021 train split has 10); otherwise
 * (the English split has one topic) there are {@value #RANDOM_FOLDS} folds, the public rows dealt to them in a
 * label-stratified, seeded shuffle. Rows without a topic (the project's own sentences, the desk's decisions) are
 * dealt to the folds the same way, so they are both trained on and measured.
 *
 * <p><b>MAP.</b> Mean over the folds of the average precision of the fold's test rows ranked by score (ties keep
 * the rows' order); with topic folds this is the lab's measure (MAP over topics). A fold without a check-worthy row
 * has no average precision and is left out of the mean.
 *
 * <p><b>Features kept.</b> The {@value #MAX_NGRAMS} n-grams that occur in the most training texts of the language
 * (ties by name), among those in at least {@value #MIN_DOCUMENT_FREQUENCY} texts; rule signals are always kept.
 * This bounds the model's size (the shipped model is under 1 MB).
 */
public final class WorthinessTrainer {

    public static final double LEARNING_RATE = 0.5;
    public static final int EPOCHS = 8;
    public static final long SEED = 17L;
    public static final int MIN_TOPIC_FOLDS = 3;
    public static final int RANDOM_FOLDS = 5;
    public static final int MIN_DOCUMENT_FREQUENCY = 3;
    public static final int MAX_NGRAMS = 8_000;
    public static final int MINIBATCH = 4;

    /**
     * Cross-validated figures of one language.
     *
     * @param language  {@code ar} or {@code en}
     * @param rows      labelled rows used
     * @param positives check-worthy rows among them
     * @param folds     number of folds
     * @param byTopic   whether the folds are the public topics
     * @param modelMap  MAP of the learned model
     * @param ruleMap   MAP of the rule score ({@link CheckWorthiness}) on the same folds
     * @param features  features of the final model
     */
    public record Figures(String language, int rows, int positives, int folds, boolean byTopic, double modelMap,
                          double ruleMap, int features) {
    }

    /** A trained model with the cross-validated figures of each language, in language order. */
    public record Result(WorthinessModel model, List<Figures> figures) {
    }

    private static final LabelFactory LABELS = new LabelFactory();

    private WorthinessTrainer() {
    }

    /**
     * Cross-validates, fits the Platt calibration on the out-of-fold scores and trains the final model on all rows,
     * for each language present in {@code rows} with both labels.
     *
     * @param incumbent when given, its MAP on the same test folds is reported in place of the rule's (the "before"
     *                  of a retrain); null to compare with the rule
     * @throws IllegalArgumentException when no language has both labels
     */
    public static Result train(List<LabelledText> rows, @org.jspecify.annotations.Nullable WorthinessModel incumbent) {
        Map<String, Model<Label>> models = new LinkedHashMap<>();
        Map<String, WorthinessModel.Platt> platt = new HashMap<>();
        List<Figures> figures = new ArrayList<>();
        for (String lang : new TreeSet<>(rows.stream().map(LabelledText::language).toList())) {
            List<LabelledText> mine = rows.stream().filter(r -> r.language().equals(lang)).toList();
            long positives = mine.stream().filter(LabelledText::checkWorthy).count();
            if (positives == 0 || positives == mine.size()) {
                continue;
            }
            List<Map<String, Double>> features = mine.stream().map(r -> WorthinessFeatures.features(r.text(), lang))
                    .toList();
            int[] fold = new int[mine.size()];
            boolean byTopic = folds(mine, fold);
            int folds = java.util.Arrays.stream(fold).max().orElse(0) + 1;

            double[] outOfFold = new double[mine.size()];
            for (int k = 0; k < folds; k++) {
                List<Integer> train = new ArrayList<>();
                List<Integer> test = new ArrayList<>();
                for (int i = 0; i < mine.size(); i++) {
                    (fold[i] == k ? test : train).add(i);
                }
                Model<Label> model = fit(mine, features, train, lang);
                for (int i : test) {
                    outOfFold[i] = WorthinessModel.logOdds(model, features.get(i));
                }
            }
            double modelMap = meanAveragePrecision(mine, fold, folds, i -> outOfFold[i]);
            ToDoubleFunction<Integer> other = incumbent != null && incumbent.knows(lang)
                    ? i -> incumbent.logOdds(lang, mine.get(i).text(), lang)
                    : i -> CheckWorthiness.assess(mine.get(i).text(), lang).score();
            double otherMap = meanAveragePrecision(mine, fold, folds, other);
            boolean[] labels = new boolean[mine.size()];
            for (int i = 0; i < labels.length; i++) {
                labels[i] = mine.get(i).checkWorthy();
            }
            platt.put(lang, fitPlatt(outOfFold, labels));
            List<Integer> all = new ArrayList<>();
            for (int i = 0; i < mine.size(); i++) {
                all.add(i);
            }
            Model<Label> model = fit(mine, features, all, lang);
            models.put(lang, model);
            figures.add(new Figures(lang, mine.size(), (int) positives, folds, byTopic, modelMap, otherMap,
                    model.getFeatureIDMap().size()));
        }
        if (models.isEmpty()) {
            throw new IllegalArgumentException("no language has both check-worthy and other rows");
        }
        return new Result(WorthinessModel.of(models, platt), figures);
    }

    private static Model<Label> fit(List<LabelledText> rows, List<Map<String, Double>> features, List<Integer> use,
                                    String lang) {
        Map<String, Integer> df = new HashMap<>();
        for (int i : use) {
            for (String name : features.get(i).keySet()) {
                df.merge(name, 1, Integer::sum);
            }
        }
        Set<String> keep = new java.util.HashSet<>();
        df.entrySet().stream()
                .filter(e -> !e.getKey().startsWith(WorthinessFeatures.RULE) && e.getValue() >= MIN_DOCUMENT_FREQUENCY)
                .sorted(Comparator.comparing((Map.Entry<String, Integer> e) -> -e.getValue())
                        .thenComparing(Map.Entry::getKey))
                .limit(MAX_NGRAMS).forEach(e -> keep.add(e.getKey()));
        MutableDataset<Label> data = new MutableDataset<>(
                new SimpleDataSourceProvenance("claimdesk check-worthiness " + lang + " (" + use.size() + " rows)",
                        OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC), LABELS), LABELS);
        for (int i : use) {
            Map<String, Double> kept = new LinkedHashMap<>();
            features.get(i).forEach((name, value) -> {
                if (name.startsWith(WorthinessFeatures.RULE) || keep.contains(name)) {
                    kept.put(name, value);
                }
            });
            Label label = new Label(rows.get(i).checkWorthy() ? WorthinessModel.POSITIVE : WorthinessModel.NEGATIVE);
            data.add(WorthinessModel.example(label, kept));
        }
        LinearSGDTrainer trainer = new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(LEARNING_RATE, 0.1), EPOCHS,
                -1, MINIBATCH, SEED);
        return trainer.train(data);
    }

    /** Assigns folds; returns whether they are topics. */
    private static boolean folds(List<LabelledText> rows, int[] fold) {
        List<String> topics = rows.stream().filter(r -> r.topic() != null).map(LabelledText::topic).distinct()
                .sorted().toList();
        boolean byTopic = topics.size() >= MIN_TOPIC_FOLDS;
        int k = byTopic ? topics.size() : RANDOM_FOLDS;
        List<Integer> dealt = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            LabelledText r = rows.get(i);
            if (byTopic && r.topic() != null) {
                fold[i] = topics.indexOf(r.topic());
            } else {
                dealt.add(i);
            }
        }
        java.util.Random random = new java.util.Random(SEED);
        java.util.Collections.shuffle(dealt, random);
        dealt.sort(Comparator.comparing((Integer i) -> !rows.get(i).checkWorthy())); // stable: positives first
        for (int j = 0; j < dealt.size(); j++) {
            fold[dealt.get(j)] = j % k;
        }
        return byTopic;
    }

    private static double meanAveragePrecision(List<LabelledText> rows, int[] fold, int folds,
                                               ToDoubleFunction<Integer> score) {
        double sum = 0;
        int counted = 0;
        for (int k = 0; k < folds; k++) {
            List<Integer> test = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                if (fold[i] == k) {
                    test.add(i);
                }
            }
            double[] scores = new double[test.size()];
            boolean[] labels = new boolean[test.size()];
            for (int j = 0; j < test.size(); j++) {
                scores[j] = score.applyAsDouble(test.get(j));
                labels[j] = rows.get(test.get(j)).checkWorthy();
            }
            double ap = averagePrecision(scores, labels);
            if (!Double.isNaN(ap)) {
                sum += ap;
                counted++;
            }
        }
        return counted == 0 ? Double.NaN : sum / counted;
    }

    /**
     * Average precision of a ranking by descending score (ties keep the given order): the mean, over the
     * check-worthy items, of the precision at each one's rank. NaN when no item is check-worthy.
     */
    public static double averagePrecision(double[] scores, boolean[] labels) {
        Integer[] order = new Integer[scores.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -scores[i]));
        int hits = 0;
        double sum = 0;
        for (int rank = 0; rank < order.length; rank++) {
            if (labels[order[rank]]) {
                hits++;
                sum += (double) hits / (rank + 1);
            }
        }
        return hits == 0 ? Double.NaN : sum / hits;
    }

    /**
     * Platt scaling: {@code a, b} maximising the likelihood of {@code sigmoid(a * z + b)} on out-of-fold log-odds
     * {@code z}, with Platt's targets {@code (N+ + 1)/(N+ + 2)} and {@code 1/(N- + 2)} (J. Platt, "Probabilistic
     * outputs for support vector machines", 1999; Newton's method as in Lin, Lin and Weng, 2007).
     */
    public static WorthinessModel.Platt fitPlatt(double[] z, boolean[] labels) {
        int pos = 0;
        for (boolean l : labels) {
            pos += l ? 1 : 0;
        }
        int neg = labels.length - pos;
        double hi = (pos + 1.0) / (pos + 2.0);
        double lo = 1.0 / (neg + 2.0);
        double[] t = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            t[i] = labels[i] ? hi : lo;
        }
        double a = 0;
        double b = Math.log((neg + 1.0) / (pos + 1.0)) * -1;
        double f = plattLoss(z, t, a, b);
        for (int iter = 0; iter < 100; iter++) {
            double ga = 0;
            double gb = 0;
            double haa = 1e-12;
            double hbb = 1e-12;
            double hab = 0;
            for (int i = 0; i < z.length; i++) {
                double p = sigmoid(a * z[i] + b);
                double d = p - t[i];
                ga += d * z[i];
                gb += d;
                double w = p * (1 - p);
                haa += w * z[i] * z[i];
                hbb += w;
                hab += w * z[i];
            }
            if (Math.abs(ga) < 1e-6 && Math.abs(gb) < 1e-6) {
                break;
            }
            double det = haa * hbb - hab * hab;
            double da = -(hbb * ga - hab * gb) / det;
            double db = -(haa * gb - hab * ga) / det;
            double step = 1;
            double gd = ga * da + gb * db;
            while (step >= 1e-10) { // backtracking line search (Armijo)
                double nf = plattLoss(z, t, a + step * da, b + step * db);
                if (nf < f + 1e-4 * step * gd) {
                    a += step * da;
                    b += step * db;
                    f = nf;
                    break;
                }
                step /= 2;
            }
            if (step < 1e-10) {
                break;
            }
        }
        return new WorthinessModel.Platt(a, b);
    }

    private static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    /** Cross-entropy of sigmoid(a z + b) against targets t, computed without overflow. */
    private static double plattLoss(double[] z, double[] t, double a, double b) {
        double f = 0;
        for (int i = 0; i < z.length; i++) {
            double x = a * z[i] + b;
            // -(t log p + (1-t) log(1-p)) with p = sigmoid(x) = log(1 + e^x) - t x
            f += (x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x))) - t[i] * x;
        }
        return f;
    }

    /** Languages present in the rows. */
    static Set<String> languages(List<LabelledText> rows) {
        return new TreeSet<>(rows.stream().map(LabelledText::language).toList());
    }
}
