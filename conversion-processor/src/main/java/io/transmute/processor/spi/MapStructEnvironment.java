package io.transmute.processor.spi;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import org.mapstruct.ap.spi.MapStructProcessingEnvironment;

/** What plug-ins get in {@code init}: javac's Elements and Types, and the processor options. */
final class MapStructEnvironment implements MapStructProcessingEnvironment {
    private final ProcessingEnvironment environment;

    MapStructEnvironment(ProcessingEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Elements getElementUtils() {
        return environment.getElementUtils();
    }

    @Override
    public Types getTypeUtils() {
        return environment.getTypeUtils();
    }

    @Override
    public Map<String, String> getOptions() {
        // -Akey without a value maps to null, which Map.copyOf would refuse.
        return Collections.unmodifiableMap(new HashMap<>(environment.getOptions()));
    }
}
