package io.transmute.ecosystem.immutables;

import java.util.List;
import org.immutables.value.Value;

/** An abstract class this time, holding other value types. */
@Value.Immutable
public abstract class Shelf {
    public abstract String getLabel();

    public abstract List<Book> getBooks();

    /** A derived attribute: computed by Immutables, never set through the builder. */
    @Value.Derived
    public int getCount() {
        return getBooks().size();
    }
}
