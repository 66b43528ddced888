package io.transmute.ecosystem.fluent;

import java.util.ArrayList;
import java.util.List;

/** Fluent accessors: {@code name()} reads, {@code name("Ada")} writes and returns the person. */
public class Person {
    private String name;
    private int age;
    private boolean vip;
    private Address address;
    private List<String> nicknames = new ArrayList<>();

    public String name() {
        return name;
    }

    public Person name(String name) {
        this.name = name;
        return this;
    }

    public int age() {
        return age;
    }

    public Person age(int age) {
        this.age = age;
        return this;
    }

    public boolean vip() {
        return vip;
    }

    public Person vip(boolean vip) {
        this.vip = vip;
        return this;
    }

    public Address address() {
        return address;
    }

    public Person address(Address address) {
        this.address = address;
        return this;
    }

    public List<String> nicknames() {
        return nicknames;
    }

    public Person nicknames(List<String> nicknames) {
        this.nicknames = nicknames;
        return this;
    }

    /** Not a property: no field is called {@code describe}. */
    public String describe() {
        return name + " (" + age + ")";
    }
}
