package io.transmute.tests.regressions;

import io.transmute.Converter;
import io.transmute.Link;
import java.util.List;

/** Sources whose generic properties are parameterized with wildcards. */
public interface WildcardSources {

    record Item(String name) {
    }

    record ItemDto(String name) {
    }

    record Holder<T>(T value) {
    }

    record HolderDto<T>(T value) {
    }

    record Outer(Holder<? extends Item> h) {
    }

    record OuterDto(HolderDto<ItemDto> h) {
    }

    record Flat(String name) {
    }

    record Lists(List<? extends Item> items, Holder<?> anything) {
    }

    record ListsDto(List<ItemDto> items, HolderDto<Object> anything) {
    }

    @Converter
    OuterDto convert(Outer outer);

    @Converter
    @Link(from = "h.value.name", to = "name")
    Flat flatten(Outer outer);

    @Converter
    ListsDto convert(Lists lists);
}
