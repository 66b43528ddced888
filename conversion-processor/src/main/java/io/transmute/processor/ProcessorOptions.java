package io.transmute.processor;

import io.transmute.processor.diagnostics.Diagnostics;
import io.transmute.processor.diagnostics.Message;
import io.transmute.processor.diagnostics.Suggestions;
import io.transmute.processor.model.ComponentModelKind;
import io.transmute.processor.model.ConverterMethod.NullPolicy;
import io.transmute.processor.model.ConverterSettings;
import io.transmute.processor.model.ReferencePolicy;
import io.transmute.processor.model.UnlinkedPolicy;
import io.transmute.processor.model.UnloadedPolicy;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The processor options ({@code -Atransmute.unlinked=WARN}): project-wide defaults of the settings
 * a {@code @ConverterConfig} gives. A value that is not valid or missing is an error naming the valid ones; an
 * unknown {@code transmute.*} option is a warning, since it is most likely a typo.
 */
final class ProcessorOptions {
    static final String PREFIX = "transmute.";
    static final String UNLINKED = PREFIX + "unlinked";
    static final String UNLOADED = PREFIX + "unloaded";
    static final String REFERENCES = PREFIX + "references";
    static final String NULLS = PREFIX + "nulls";
    static final String BUILDERS = PREFIX + "builders";
    static final String COMPONENT_MODEL = PREFIX + "defaultComponentModel";

    /** Every option, in the order messages list them. */
    static final List<String> NAMES = List.of(UNLINKED, UNLOADED, REFERENCES, NULLS, BUILDERS, COMPONENT_MODEL);

    private ProcessorOptions() {
    }

    /** The settings the options give, reporting invalid values (which keep the built-in default). */
    static ConverterSettings read(Map<String, String> options, Diagnostics diagnostics) {
        options.keySet().stream()
                .filter(name -> name.startsWith(PREFIX) && !NAMES.contains(name))
                .sorted()
                .forEach(name -> diagnostics.report(Message.UNKNOWN_OPTION, name, didYouMean(name),
                        String.join(", ", NAMES)));
        ConverterSettings builtIn = ConverterSettings.BUILT_IN;
        Reader reader = new Reader(options, diagnostics);
        return new ConverterSettings(
                reader.value(COMPONENT_MODEL, ComponentModelKind.values(), ComponentModelKind::optionValue,
                        builtIn.componentModel()),
                reader.value(UNLINKED, UnlinkedPolicy.values(), Enum::name, builtIn.unlinked()),
                reader.value(UNLOADED, UnloadedPolicy.values(), Enum::name, builtIn.unloaded()),
                reader.value(REFERENCES, ReferencePolicy.values(), Enum::name, builtIn.references()),
                reader.value(NULLS, NullPolicy.values(), Enum::name, builtIn.nulls()),
                reader.value(BUILDERS, new Boolean[] {true, false}, String::valueOf, builtIn.builders()));
    }

    static Set<String> names() {
        return Set.copyOf(NAMES);
    }

    /** A hint when the name is close to a known one; the common prefix does not make names close. */
    private static String didYouMean(String name) {
        List<String> suffixes = NAMES.stream().map(known -> known.substring(PREFIX.length())).toList();
        String hint = Suggestions.hint(name.substring(PREFIX.length()), suffixes);
        return hint.startsWith(" (did you mean '") ? hint.replace(" (did you mean '", " (did you mean '" + PREFIX) : "";
    }

    private record Reader(Map<String, String> options, Diagnostics diagnostics) {
        /** The value named by the option, matched ignoring case; {@code fallback} when absent or invalid. */
        <T> T value(String option, T[] values, Function<T, String> name, T fallback) {
            if (!options.containsKey(option)) {
                return fallback;
            }
            String text = options.get(option);
            // javac passes -Atransmute.unlinked, without "=value", as a null value: a value forgotten.
            if (text == null) {
                diagnostics.report(Message.OPTION_WITHOUT_VALUE, option, option, validValues(values, name));
                return fallback;
            }
            for (T value : values) {
                if (name.apply(value).equalsIgnoreCase(text.strip())) {
                    return value;
                }
            }
            diagnostics.report(Message.INVALID_OPTION, option, text, validValues(values, name));
            return fallback;
        }

        private static <T> String validValues(T[] values, Function<T, String> name) {
            return Arrays.stream(values).map(name).collect(Collectors.joining(", "));
        }
    }
}
