package rdresults.factorlib.internal.store;

/** The files {@code init} writes once and publishing never changes. */
public final class PackageTemplates {

    private PackageTemplates() {
    }

    /**
     * setuptools ≥ 64 for PEP 660 editable installs ({@code pip install -e ROOT}); the version is read from the
     * VERSION file, the single place publishing bumps it.
     */
    public static final String PYPROJECT = """
            [build-system]
            requires = ["setuptools>=64"]
            build-backend = "setuptools.build_meta"

            [project]
            name = "rd_factors_lib"
            dynamic = ["version"]
            description = "Factor functions published from accepted RD-Agent loops by 'rdr factor-lib publish'"
            requires-python = ">=3.8"

            [project.optional-dependencies]
            # the generated module imports without them; calling a factor needs what its original code imports
            factors = ["pandas", "numpy"]

            [tool.setuptools]
            packages = ["rd_factors_lib"]

            [tool.setuptools.dynamic]
            version = { file = "rd_factors_lib/VERSION" }

            [tool.setuptools.package-data]
            rd_factors_lib = ["VERSION", "manifest.json"]
            """;

    /**
     * VERSION is read first, not the installed metadata: with {@code pip install -e} the metadata keeps the version
     * of the install while publishing keeps bumping VERSION.
     */
    public static final String INIT_PY = """
            \"""rd_factors_lib: factor functions published from accepted RD-Agent loops.

            The functions live in rd_factors_lib.generated (see its docstring); manifest.json next to this file lists
            them with the sha256 of their source. __version__ is the content of VERSION.
            \"""

            from pathlib import Path as _Path


            def _read_version():
                try:
                    return _Path(__file__).with_name("VERSION").read_text(encoding="utf-8").strip()
                except OSError:
                    pass
                try:
                    from importlib.metadata import version
                    return version("rd_factors_lib")
                except Exception:
                    return "0.0.0"


            __version__ = _read_version()
            __all__ = ["__version__"]
            """;
}
