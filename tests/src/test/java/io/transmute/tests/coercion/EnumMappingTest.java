package io.transmute.tests.coercion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.transmute.Converters;
import io.transmute.tests.coercion.EnumMapping.Article;
import io.transmute.tests.coercion.EnumMapping.ArticleDto;
import io.transmute.tests.coercion.EnumMapping.Status;
import io.transmute.tests.coercion.EnumMapping.StatusDto;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EnumMappingTest {
    private final EnumMapping converter = Converters.get(EnumMapping.class);

    @Test
    void mapsEveryConstantByName() {
        for (Status status : Status.values()) {
            assertEquals(StatusDto.valueOf(status.name()), converter.convert(status));
        }
    }

    @Test
    void nullEnumGivesNull() {
        assertNull(converter.convert((Status) null));
        ArticleDto dto = converter.convert(new Article(null, null, null));
        assertNull(dto.status());
        assertNull(dto.history());
        assertEquals(Optional.empty(), dto.next());
    }

    @Test
    void mapsEnumsInsideModelAndContainers() {
        List<Status> history = new ArrayList<>(Arrays.asList(
                Status.DRAFT, Status.PUBLISHED, null, Status.DRAFT, Status.ARCHIVED));

        ArticleDto dto = converter.convert(new Article(Status.PUBLISHED, history, Optional.of(Status.ARCHIVED)));

        assertEquals(StatusDto.PUBLISHED, dto.status());
        assertEquals(Arrays.asList(StatusDto.DRAFT, StatusDto.PUBLISHED, null, StatusDto.ARCHIVED),
                new ArrayList<>(dto.history()));
        assertEquals(Optional.of(StatusDto.ARCHIVED), dto.next());
    }
}
