package io.transmute.ecosystem.immutables;

import java.util.List;
import org.immutables.value.Value;

/** Immutables writes {@code ImmutableBook}, with a builder, in the first round of this compilation. */
@Value.Immutable
public interface Book {
    String getTitle();

    int getPages();

    List<String> getAuthors();

    Genre getGenre();

    /** May be null: Immutables' builder accepts a null for it. */
    @Nullable
    String getSeries();
}
