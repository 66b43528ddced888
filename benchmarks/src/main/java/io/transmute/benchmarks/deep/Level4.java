package io.transmute.benchmarks.deep;

/** Level 4 of the deep model (source), holding level 5. */
public class Level4 {
    private String name;
    private int value;
    private long code;
    private Level5 next;

    public Level4() {
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

    public Level5 getNext() {
        return next;
    }

    public void setNext(Level5 next) {
        this.next = next;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof Level4 that)) {
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
        return "Level4[" + "name=" + name + ", " + "value=" + value + ", " + "code=" + code + ", " + "next=" + next + "]";
    }
}
