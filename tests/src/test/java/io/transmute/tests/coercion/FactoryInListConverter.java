package io.transmute.tests.coercion;

import io.transmute.Converter;
import io.transmute.LinkConstant;
import java.util.List;

/** A factory on a converter of lists runs once per call, not once per element. */
public interface FactoryInListConverter {

    record Line(String text) {
    }

    record LineDto(String text, int batch) {
    }

    @Converter
    @LinkConstant(to = "batch", factory = "nextBatch")
    List<LineDto> convert(List<Line> lines);

    final class Calls {
        static int count;

        private Calls() {
        }
    }

    static int nextBatch() {
        return ++Calls.count;
    }
}
