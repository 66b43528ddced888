package io.transmute.tests.jparegressions;

import io.transmute.Converter;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finding 1: container converters with the same signature. Each must have its own body; neither
 * may delegate to the other (they used to call each other until the stack overflowed).
 */
public interface SameSignatureContainers {

    record Model(String name, String note) {
    }

    record Dto(String name, String note) {
    }

    @Converter
    List<Dto> a(List<Model> models);

    @Converter
    List<Dto> b(List<Model> models);

    @Converter
    Set<Dto> c(List<Model> models);

    @Converter
    Set<Dto> d(List<Model> models);

    @Converter
    Optional<Dto> e(Model model);

    @Converter
    Optional<Dto> f(Model model);
}
