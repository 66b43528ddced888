package io.transmute.tests.jpa;

import io.transmute.Converter;
import io.transmute.tests.jpa.Zoo.Animal;
import io.transmute.tests.jpa.Zoo.Cat;
import io.transmute.tests.jpa.Zoo.Dog;
import io.transmute.tests.jpa.Zoo.Keeper;

/** Converters for subtypes: the converter for Animal dispatches to them, through Hibernate proxies too. */
public interface ZooMapper {

    sealed interface AnimalDto permits DogDto, CatDto {
        String name();
    }

    record DogDto(String name, boolean goodBoy) implements AnimalDto {
    }

    record CatDto(String name, int lives) implements AnimalDto {
    }

    record KeeperDto(String name, Long favouriteId, AnimalDto favourite) {
    }

    @Converter
    AnimalDto toDto(Animal animal);

    @Converter
    DogDto toDto(Dog dog);

    @Converter
    CatDto toDto(Cat cat);

    @Converter
    KeeperDto toDto(Keeper keeper);
}
