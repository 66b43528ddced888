package io.transmute.ecosystem.immutables;

import java.util.List;

public record BookDto(String title, int pages, List<String> authors, GenreDto genre, String series) {
}
