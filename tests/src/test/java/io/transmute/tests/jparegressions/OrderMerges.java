package io.transmute.tests.jparegressions;

import io.transmute.Converter;
import io.transmute.Into;
import io.transmute.tests.jparegressions.Shop.Order;
import jakarta.persistence.EntityManager;
import java.util.List;

/** Findings 5 and 16: merging an order's lines and notes by id. */
public interface OrderMerges {

    record LineEdit(Long id, String label, int qty, Long productId) {
    }

    record NoteEdit(Long id, String text) {
    }

    record OrderEdit(String customer, List<LineEdit> lines, List<NoteEdit> notes) {
    }

    @Converter
    void update(OrderEdit edit, @Into Order order, EntityManager entityManager);
}
