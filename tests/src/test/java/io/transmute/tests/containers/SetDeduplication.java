package io.transmute.tests.containers;

import io.transmute.Converter;
import java.util.List;
import java.util.Set;

/** Distinct sources that convert to equal destinations collapse into one Set element, first kept. */
public interface SetDeduplication {

    record Visit(String page, long timestamp) {
    }

    record PageDto(String page) {
    }

    record Session(List<Visit> visits) {
    }

    record SessionDto(Set<PageDto> visits) {
    }

    @Converter
    SessionDto convert(Session session);
}
