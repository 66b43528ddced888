package io.transmute.ecosystem.immutables;

import java.util.List;
import java.util.Optional;

public record BookDto(String title, int pages, List<String> authors, Optional<String> subtitle, GenreDto genre) {
}
