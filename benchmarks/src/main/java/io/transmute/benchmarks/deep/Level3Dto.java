package io.transmute.benchmarks.deep;

/** Level 3 of the deep model (destination), holding level 4. */
public class Level3Dto {
    private String name;
    private int value;
    private long code;
    private Level4Dto next;

    public Level3Dto() {
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public int getValue() {
        return value;
    }

    public void setValue(int value) {
        this.value = value;
    }

    public long getCode() {
        return code;
    }

    public void setCode(long code) {
        this.code = code;
    }

    public Level4Dto getNext() {
        return next;
    }

    public void setNext(Level4Dto next) {
        this.next = next;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof Level3Dto that)) {
            return false;
        }
        return java.util.Objects.equals(name, that.name)
                && value == that.value
                && code == that.code
                && java.util.Objects.equals(next, that.next);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(name, value, code, next);
    }

    @Override
    public String toString() {
        return "Level3Dto[" + "name=" + name + ", " + "value=" + value + ", " + "code=" + code + ", " + "next=" + next + "]";
    }
}
