package io.transmute.tests.coercion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.transmute.Converters;
import io.transmute.tests.coercion.ContainerCoercers.Post;
import io.transmute.tests.coercion.ContainerCoercers.PostDto;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContainerCoercersTest {
    private final ContainerCoercers converter = Converters.get(ContainerCoercers.class);

    @Test
    void wholeContainerCoercersBeatElementWiseConversion() {
        Post post = new Post(List.of("a", "b"), new LinkedHashSet<>(List.of("x", "y")), "1,2,3", List.of());

        PostDto dto = converter.convert(post);

        assertEquals("a+b", dto.words());
        assertEquals("x+y", dto.tags());
        assertEquals(List.of("1", "2", "3"), dto.csv());
    }

    @Test
    void elementCoercerAppliesToEachElementOfACopy() {
        PostDto dto = converter.convert(new Post(List.of(), null, null, Arrays.asList("  a ", null, "b  ")));

        assertEquals(Arrays.asList("a", null, "b"), dto.lines());
    }

    @Test
    void nullContainersAreNotPassedToCoercers() {
        assertEquals(new PostDto(null, null, null, null), converter.convert(new Post(null, null, null, null)));
    }
}
