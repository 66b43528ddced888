package io.transmute.tests.containers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.transmute.Converters;
import io.transmute.tests.containers.SetDeduplication.PageDto;
import io.transmute.tests.containers.SetDeduplication.Session;
import io.transmute.tests.containers.SetDeduplication.SessionDto;
import io.transmute.tests.containers.SetDeduplication.Visit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SetDeduplicationTest {
    private final SetDeduplication converter = Converters.get(SetDeduplication.class);

    @Test
    void equalConvertedElementsCollapseInFirstSeenOrder() {
        Session session = new Session(List.of(new Visit("/home", 1), new Visit("/cart", 2), new Visit("/home", 3),
                new Visit("/pay", 4), new Visit("/cart", 5)));

        SessionDto dto = converter.convert(session);

        assertEquals(List.of(new PageDto("/home"), new PageDto("/cart"), new PageDto("/pay")),
                new ArrayList<>(dto.visits()));
    }
}
