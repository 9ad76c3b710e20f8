package rdresults.factorlib.resolve;

/** The {@code impl_module}, {@code impl_func} and {@code impl_version} a catalog entry records; "" when absent. */
public record ImplementationPointer(String module, String func, String version) {

    public ImplementationPointer {
        module = module == null ? "" : module;
        func = func == null ? "" : func;
        version = version == null ? "" : version;
    }

    /** True when the entry records none of the three. */
    public boolean isAbsent() {
        return module.isEmpty() && func.isEmpty() && version.isEmpty();
    }
}
