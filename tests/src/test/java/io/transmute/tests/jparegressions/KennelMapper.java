package io.transmute.tests.jparegressions;

import io.transmute.Converter;
import io.transmute.tests.jparegressions.Kennel.Animal;
import io.transmute.tests.jparegressions.Kennel.Dog;

/** Finding 18: a converter for Dog only; the converter for Animal dispatches and has no fallback. */
public interface KennelMapper {

    sealed interface AnimalDto permits DogDto {
    }

    record DogDto(String name) implements AnimalDto {
    }

    @Converter
    AnimalDto toDto(Animal animal);

    @Converter
    DogDto toDto(Dog dog);
}
