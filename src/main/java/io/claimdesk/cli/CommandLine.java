package io.claimdesk.cli;

import io.claimdesk.core.domain.ValidationException;
import io.claimdesk.core.text.UserText;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parsed arguments of a command: {@code --name value} options, {@code --flag} switches and the remaining
 * positional arguments.
 */
record CommandLine(String command, Map<String, String> options, Set<String> flags, List<String> positional) {

    /**
     * @param valued the option names that take a value
     * @param switches the option names that take none
     * @throws ValidationException for an unknown option or a missing value
     */
    static CommandLine parse(String[] args, Set<String> valued, Set<String> switches) {
        Map<String, String> options = new LinkedHashMap<>();
        Set<String> flags = new java.util.LinkedHashSet<>();
        List<String> positional = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String a = UserText.canonical("argument " + i, args[i], UserText.DEFAULT_MAX_CODE_POINTS);
            if (a.startsWith("--")) {
                String name = a.substring(2);
                String value = null;
                int eq = name.indexOf('=');
                if (eq >= 0) {
                    value = name.substring(eq + 1);
                    name = name.substring(0, eq);
                }
                if (switches.contains(name)) {
                    flags.add(name);
                } else if (valued.contains(name)) {
                    if (value == null) {
                        if (i + 1 >= args.length) {
                            throw ValidationException.of("cli.option.needsValue", name);
                        }
                        i++;
                        value = UserText.canonical("--" + name, args[i], UserText.DEFAULT_MAX_CODE_POINTS);
                    }
                    options.put(name, value);
                } else {
                    throw ValidationException.of("cli.option.unknown", name);
                }
            } else {
                positional.add(a);
            }
        }
        return new CommandLine(UserText.canonical("command", args[0]), options, flags, positional);
    }

    @Nullable String option(String name) {
        return options.get(name);
    }

    boolean flag(String name) {
        return flags.contains(name);
    }
}
