package io.transmute.tests.coercion;

import io.transmute.Coercer;
import io.transmute.Converter;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Coercers that take or return whole containers beat element-wise conversion; a coercer for the
 * element type applies to each element of a copied container.
 */
public interface ContainerCoercers {

    record Post(List<String> words, Set<String> tags, String csv, List<String> lines) {
    }

    record PostDto(String words, String tags, List<String> csv, List<String> lines) {
    }

    @Converter
    PostDto convert(Post post);

    @Coercer
    static String join(Collection<String> parts) {
        return String.join("+", parts);
    }

    @Coercer
    static List<String> split(String csv) {
        return Arrays.asList(csv.split(","));
    }

    @Coercer
    static String trim(String text) {
        return text.trim();
    }
}
