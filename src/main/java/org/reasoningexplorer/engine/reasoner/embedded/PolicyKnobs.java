package org.reasoningexplorer.engine.reasoner.embedded;

import java.util.Locale;

/**
 * The embedded reasoner's behaviour.
 *
 * @param skill          how strongly the policy prefers steps that keep the target reachable:
 *                       the logit bonus of such a step (default 2.0; 0 = blind to promise)
 * @param temperature    softmax temperature (default 1.0); 0 means always the most likely step
 * @param slipRate       probability that a step's arithmetic is wrong, e.g. "8 × 7 = 54" (default 0.05)
 * @param unfaithfulRate probability that a chain whose final value is not the target still claims
 *                       "= target" in its answer (default 0.1)
 */
public record PolicyKnobs(double skill, double temperature, double slipRate, double unfaithfulRate) {
    /** skill 2.0, temperature 1.0, slip 0.05, unfaithful 0.1. */
    public static final PolicyKnobs DEFAULTS = new PolicyKnobs(2.0, 1.0, 0.05, 0.1);
    /** Largest skill accepted. */
    public static final double MAX_SKILL = 50.0;
    /** Largest temperature accepted. */
    public static final double MAX_TEMPERATURE = 100.0;

    public PolicyKnobs {
        check("skill", skill, 0.0, MAX_SKILL);
        check("temperature", temperature, 0.0, MAX_TEMPERATURE);
        check("slipRate", slipRate, 0.0, 1.0);
        check("unfaithfulRate", unfaithfulRate, 0.0, 1.0);
    }

    public PolicyKnobs withSkill(double value) {
        return new PolicyKnobs(value, temperature, slipRate, unfaithfulRate);
    }

    public PolicyKnobs withTemperature(double value) {
        return new PolicyKnobs(skill, value, slipRate, unfaithfulRate);
    }

    public PolicyKnobs withSlipRate(double value) {
        return new PolicyKnobs(skill, temperature, value, unfaithfulRate);
    }

    public PolicyKnobs withUnfaithfulRate(double value) {
        return new PolicyKnobs(skill, temperature, slipRate, value);
    }

    /**
     * Parses "skill=3,temperature=0.7,slip=0,unfaithful=0.2" (any subset, in any order; the rest
     * keep their defaults). Keys: skill, temperature (or t), slip, unfaithful.
     */
    public static PolicyKnobs parse(String text) {
        PolicyKnobs k = DEFAULTS;
        if (text == null || text.isBlank()) {
            return k;
        }
        for (String part : text.split(",")) {
            String[] kv = part.split("=", 2);
            if (kv.length != 2) {
                throw new IllegalArgumentException("bad policy setting '" + part.strip()
                        + "'; expected key=value with key one of skill, temperature, slip, unfaithful");
            }
            String key = kv[0].strip().toLowerCase(Locale.ROOT);
            double v;
            try {
                v = Double.parseDouble(kv[1].strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("bad value '" + kv[1].strip() + "' for policy setting " + key
                        + "; expected a number", e);
            }
            switch (key) {
                case "skill":
                    k = k.withSkill(v);
                    break;
                case "temperature":
                case "t":
                    k = k.withTemperature(v);
                    break;
                case "slip":
                case "sliprate":
                    k = k.withSlipRate(v);
                    break;
                case "unfaithful":
                case "unfaithfulrate":
                    k = k.withUnfaithfulRate(v);
                    break;
                default:
                    throw new IllegalArgumentException("unknown policy setting '" + key
                            + "'; expected one of skill, temperature, slip, unfaithful");
            }
        }
        return k;
    }

    private static void check(String name, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(name + " must be in [" + min + ", " + max + "], got " + value);
        }
    }
}
