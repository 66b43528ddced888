package io.transmute.tests.jpa;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.ManyToOne;

/** An inheritance pair, reached through a lazy association so that Hibernate hands out proxies. */
final class Zoo {
    private Zoo() {
    }

    static final Class<?>[] ENTITIES = {Animal.class, Dog.class, Cat.class, Keeper.class};

    @Entity(name = "Animal")
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

    @Entity(name = "Dog")
    @DiscriminatorValue("dog")
    public static class Dog extends Animal {
        private boolean goodBoy;

        protected Dog() {
        }

        public Dog(String name, boolean goodBoy) {
            super(name);
            this.goodBoy = goodBoy;
        }

        public boolean isGoodBoy() {
            return goodBoy;
        }
    }

    @Entity(name = "Cat")
    @DiscriminatorValue("cat")
    public static class Cat extends Animal {
        private int lives;

        protected Cat() {
        }

        public Cat(String name, int lives) {
            super(name);
            this.lives = lives;
        }

        public int getLives() {
            return lives;
        }
    }

    @Entity(name = "Keeper")
    public static class Keeper {
        @Id
        @GeneratedValue
        private Long id;
        private String name;
        @ManyToOne(fetch = FetchType.LAZY)
        private Animal favourite;

        protected Keeper() {
        }

        public Keeper(String name, Animal favourite) {
            this.name = name;
            this.favourite = favourite;
        }

        public Long getId() {
            return id;
        }

        public String getName() {
            return name;
        }

        public Animal getFavourite() {
            return favourite;
        }
    }
}
