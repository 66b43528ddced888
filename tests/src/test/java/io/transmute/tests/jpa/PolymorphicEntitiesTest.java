package io.transmute.tests.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.transmute.Converters;
import io.transmute.tests.jpa.Zoo.Animal;
import io.transmute.tests.jpa.Zoo.Cat;
import io.transmute.tests.jpa.Zoo.Dog;
import io.transmute.tests.jpa.Zoo.Keeper;
import io.transmute.tests.jpa.ZooMapper.CatDto;
import io.transmute.tests.jpa.ZooMapper.DogDto;
import io.transmute.tests.jpa.ZooMapper.KeeperDto;
import org.hibernate.Hibernate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The converter for Animal dispatches to Dog's and Cat's, also for a Hibernate proxy of an Animal. */
class PolymorphicEntitiesTest {
    private static final ZooMapper MAPPER = Converters.get(ZooMapper.class);
    private static Database database;
    private static long dogKeeperId;
    private static long catKeeperId;
    private static long dogId;

    @BeforeAll
    static void createZoo() {
        database = new Database(Zoo.ENTITIES);
        database.inTransaction(em -> {
            Dog rex = new Dog("Rex", true);
            Cat tom = new Cat("Tom", 9);
            em.persist(rex);
            em.persist(tom);
            Keeper dogKeeper = new Keeper("Ann", rex);
            Keeper catKeeper = new Keeper("Bob", tom);
            em.persist(dogKeeper);
            em.persist(catKeeper);
            dogKeeperId = dogKeeper.getId();
            catKeeperId = catKeeper.getId();
            dogId = rex.getId();
        });
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    @Test
    void plainInstancesGoToTheirOwnConverters() {
        assertEquals(new DogDto("Rex", true), MAPPER.toDto((Animal) new Dog("Rex", true)));
        assertEquals(new CatDto("Tom", 9), MAPPER.toDto((Animal) new Cat("Tom", 9)));
        assertNull(MAPPER.toDto((Animal) null));
    }

    @Test
    void aProxyOfAnAnimalThatIsADogBecomesADogDto() {
        KeeperDto dto = database.fromTransaction(em -> {
            Keeper keeper = em.find(Keeper.class, dogKeeperId);
            Animal favourite = keeper.getFavourite();
            assertFalse(Hibernate.isInitialized(favourite));
            assertFalse(favourite instanceof Dog, "a lazy proxy of Animal is not a Dog");
            return MAPPER.toDto(keeper);
        });

        assertEquals(new KeeperDto("Ann", dogId, new DogDto("Rex", true)), dto);
    }

    @Test
    void aProxyOfACatBecomesACatDto() {
        KeeperDto dto = database.fromTransaction(em -> MAPPER.toDto(em.find(Keeper.class, catKeeperId)));

        assertEquals("Bob", dto.name());
        assertEquals(new CatDto("Tom", 9), dto.favourite());
    }
}
