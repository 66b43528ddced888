package io.transmute.tests.regressions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.transmute.Converters;
import io.transmute.tests.regressions.WildcardSources.Flat;
import io.transmute.tests.regressions.WildcardSources.Holder;
import io.transmute.tests.regressions.WildcardSources.HolderDto;
import io.transmute.tests.regressions.WildcardSources.Item;
import io.transmute.tests.regressions.WildcardSources.ItemDto;
import io.transmute.tests.regressions.WildcardSources.Lists;
import io.transmute.tests.regressions.WildcardSources.ListsDto;
import io.transmute.tests.regressions.WildcardSources.Outer;
import io.transmute.tests.regressions.WildcardSources.OuterDto;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Finding 17: {@code Holder<? extends Item>} converts like {@code Holder<Item>}, and paths run through it. */
class RegressionWildcardSourcesTest {
    private final WildcardSources converter = Converters.get(WildcardSources.class);

    @Test
    void wildcardHolderConvertsToTheDtoHolder() {
        OuterDto dto = converter.convert(new Outer(new Holder<>(new Item("n"))));

        assertEquals(new OuterDto(new HolderDto<>(new ItemDto("n"))), dto);
    }

    @Test
    void pathThroughTheWildcardHolder() {
        assertEquals(new Flat("n"), converter.flatten(new Outer(new Holder<>(new Item("n")))));
        assertEquals(new Flat(null), converter.flatten(new Outer(new Holder<>(null))));
        assertEquals(new Flat(null), converter.flatten(new Outer(null)));
    }

    @Test
    void nullsInsideStayNull() {
        assertEquals(new OuterDto(new HolderDto<>(null)), converter.convert(new Outer(new Holder<>(null))));
        assertEquals(new OuterDto(null), converter.convert(new Outer(null)));
        assertNull(converter.convert((Outer) null));
    }

    @Test
    void wildcardListAndUnboundedHolder() {
        ListsDto dto = converter.convert(new Lists(List.of(new Item("a")), new Holder<>(42)));

        assertEquals(new ListsDto(List.of(new ItemDto("a")), new HolderDto<>(42)), dto);
    }
}
