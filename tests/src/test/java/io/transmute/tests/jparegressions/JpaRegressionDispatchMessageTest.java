package io.transmute.tests.jparegressions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.transmute.Converters;
import io.transmute.tests.jparegressions.Kennel.Animal;
import io.transmute.tests.jparegressions.Kennel.Cat;
import io.transmute.tests.jparegressions.Kennel.Dog;
import io.transmute.tests.jparegressions.Kennel.Keeper;
import io.transmute.tests.jparegressions.KennelMapper.DogDto;
import org.hibernate.Hibernate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Finding 18: when no converter fits, the message names the entity's real class, not its Hibernate proxy's. */
class JpaRegressionDispatchMessageTest {
    private static final KennelMapper MAPPER = Converters.get(KennelMapper.class);
    private static final String NO_CAT_CONVERTER =
            "No converter for io.transmute.tests.jparegressions.Kennel$Cat: declare one in KennelMapper";
    private static Database database;
    private static long catKeeperId;
    private static long dogKeeperId;

    @BeforeAll
    static void createKennel() {
        database = new Database(Kennel.ENTITIES);
        database.inTransaction(em -> {
            Cat tom = new Cat("Tom");
            Dog rex = new Dog("Rex");
            em.persist(tom);
            em.persist(rex);
            Keeper catKeeper = new Keeper(tom);
            Keeper dogKeeper = new Keeper(rex);
            em.persist(catKeeper);
            em.persist(dogKeeper);
            catKeeperId = catKeeper.getId();
            dogKeeperId = dogKeeper.getId();
        });
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    @Test
    void aProxyOfACatIsNamedCat() {
        IllegalArgumentException e = database.fromTransaction(em -> {
            Animal favourite = em.find(Keeper.class, catKeeperId).getFavourite();
            assertFalse(Hibernate.isInitialized(favourite), "a proxy");
            return assertThrows(IllegalArgumentException.class, () -> MAPPER.toDto(favourite));
        });

        assertEquals(NO_CAT_CONVERTER, e.getMessage());
    }

    @Test
    void aPlainCatIsNamedCat() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MAPPER.toDto((Animal) new Cat("Tom")));

        assertEquals(NO_CAT_CONVERTER, e.getMessage());
    }

    @Test
    void aProxyOfADogStillBecomesADogDto() {
        DogDto dto = database.fromTransaction(em -> (DogDto) MAPPER.toDto(em.find(Keeper.class, dogKeeperId).getFavourite()));

        assertEquals(new DogDto("Rex"), dto);
    }
}
