package io.transmute.tests.jparegressions;

import io.transmute.Converter;
import io.transmute.Into;
import io.transmute.Link;
import io.transmute.tests.jparegressions.Library.Book;
import io.transmute.tests.jparegressions.Shop.Order;
import java.util.List;

/** Finding 4: the method's links and allowUnlinked reach the children an @Into update merges. */
public interface MergeLinks {

    /** No product: the lines' product stays as it is (allowUnlinked). */
    record ItemEdit(Long id, String name, int qty) {
    }

    record ItemsEdit(String customer, List<ItemEdit> items) {
    }

    @Converter(allowUnlinked = "lines.product")
    @Link(from = "items", to = "lines")
    @Link(from = "items.name", to = "lines.label")
    void updateItems(ItemsEdit edit, @Into Order order);

    record LinesEdit(String customer, List<ItemEdit> lines) {
    }

    @Converter(allowUnlinked = "lines.product")
    @Link(from = "lines.name", to = "lines.label")
    void updateLines(LinesEdit edit, @Into Order order);

    /** A chapter without its sections, which have children of their own. */
    record ChapterEdit(Long id, String title) {
    }

    record BookEdit(String title, List<ChapterEdit> chapters) {
    }

    @Converter(allowUnlinked = {"chapters.sections", "chapters.reviewer"})
    void updateChapters(BookEdit edit, @Into Book book);
}
