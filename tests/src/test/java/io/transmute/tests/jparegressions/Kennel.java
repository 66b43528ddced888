package io.transmute.tests.jparegressions;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.ManyToOne;

/** An inheritance pair reached through a lazy association, so that Hibernate hands out proxies. */
final class Kennel {
    private Kennel() {
    }

    static final Class<?>[] ENTITIES = {Animal.class, Dog.class, Cat.class, Keeper.class};

    @Entity(name = "RegAnimal")
    @Inheritance(strategy = InheritanceType.SINGLE_TABLE)
    public abstract static class Animal {
        @Id
        @GeneratedValue
        private Long id;
        private String name;

        protected Animal() {
        }

        protected Animal(String name) {
            this.name = name;
        }

        public Long getId() {
            return id;
        }

        public String getName() {
            return name;
        }
    }

    @Entity(name = "RegDog")
    @DiscriminatorValue("dog")
    public static class Dog extends Animal {
        protected Dog() {
        }

        public Dog(String name) {
            super(name);
        }
    }

    @Entity(name = "RegCat")
    @DiscriminatorValue("cat")
    public static class Cat extends Animal {
        protected Cat() {
        }

        public Cat(String name) {
            super(name);
        }
    }

    @Entity(name = "RegKeeper")
    public static class Keeper {
        @Id
        @GeneratedValue
        private Long id;
        @ManyToOne(fetch = FetchType.LAZY)
        private Animal favourite;

        protected Keeper() {
        }

        public Keeper(Animal favourite) {
            this.favourite = favourite;
        }

        public Long getId() {
            return id;
        }

        public Animal getFavourite() {
            return favourite;
        }
    }
}
