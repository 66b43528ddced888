package io.transmute.tests.coercion;

import io.transmute.Converter;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Enum to enum by constant name, whatever the declaration order, also inside containers. */
public interface EnumMapping {

    enum Status { DRAFT, PUBLISHED, ARCHIVED }

    /** Declared in another order, with one constant more. */
    enum StatusDto { ARCHIVED, DELETED, DRAFT, PUBLISHED }

    record Article(Status status, List<Status> history, Optional<Status> next) {
    }

    record ArticleDto(StatusDto status, Set<StatusDto> history, Optional<StatusDto> next) {
    }

    @Converter
    ArticleDto convert(Article article);

    @Converter
    StatusDto convert(Status status);
}
