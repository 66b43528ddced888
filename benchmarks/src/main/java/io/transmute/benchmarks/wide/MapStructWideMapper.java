package io.transmute.benchmarks.wide;

import org.mapstruct.Mapper;

/** The same converter as {@link TransmuteWideConverter}, as a MapStruct mapper. */
@Mapper
public interface MapStructWideMapper {

    WideDto toDto(Wide wide);
}
