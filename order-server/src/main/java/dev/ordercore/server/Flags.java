package dev.ordercore.server;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code --name=value} and {@code --name value} flags; anything else is reported as a problem. */
final class Flags {

    private final Map<String, String> values;

    private Flags(Map<String, String> values) {
        this.values = values;
    }

    static Flags parse(List<String> args, List<String> known, List<String> problems) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--") || arg.length() == 2) {
                problems.add("unexpected argument '" + arg + "' (flags: " + describe(known) + ")");
                continue;
            }
            String name;
            String value;
            int eq = arg.indexOf('=');
            if (eq > 0) {
                name = arg.substring(2, eq);
                value = arg.substring(eq + 1);
            } else {
                name = arg.substring(2);
                if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
                    if (known.contains(name)) {
                        problems.add("--" + name + " needs a value");
                    } else {
                        problems.add("unknown flag --" + name + " (flags: " + describe(known) + ")");
                    }
                    continue;
                }
                value = args.get(++i);
            }
            if (!known.contains(name)) {
                problems.add("unknown flag --" + name + " (flags: " + describe(known) + ")");
            } else if (value.isBlank()) {
                problems.add("--" + name + " needs a value");
            } else if (values.containsKey(name)) {
                problems.add("--" + name + " is given twice");
            } else {
                values.put(name, value);
            }
        }
        return new Flags(values);
    }

    Optional<String> value(String name) {
        return Optional.ofNullable(values.get(name));
    }

    private static String describe(List<String> known) {
        return "--" + String.join(", --", known);
    }
}
