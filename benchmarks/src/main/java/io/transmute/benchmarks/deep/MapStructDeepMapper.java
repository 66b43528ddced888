package io.transmute.benchmarks.deep;

import org.mapstruct.Mapper;

/** The same converter as {@link TransmuteDeepConverter}, as a MapStruct mapper. */
@Mapper
public interface MapStructDeepMapper {

    Level1Dto toDto(Level1 level1);
}
