package rdresults.export.internal.loop;

import java.util.ArrayList;
import java.util.List;
import rdresults.export.internal.workspace.WorkspaceFiles;

/**
 * The model weights of a workspace (contract §4.3 gate): root {@code model.pkl|joblib|bin|onnx|pt|pth} files, and
 * MLflow's {@code mlruns/**}{@code /params.pkl}. Files are only listed, never opened.
 *
 * @param rootFiles    root weight file names, in the reference's lookup order
 * @param mlrunsParams {@code params.pkl} files below {@code mlruns/}, workspace-relative, sorted
 */
record ModelFiles(List<String> rootFiles, List<String> mlrunsParams) {

    static final ModelFiles NONE = new ModelFiles(List.of(), List.of());

    ModelFiles {
        rootFiles = List.copyOf(rootFiles);
        mlrunsParams = List.copyOf(mlrunsParams);
    }

    static ModelFiles of(WorkspaceFiles files) {
        List<String> params = new ArrayList<>();
        for (String rel : files.recursiveFilesEndingWith("/params.pkl")) {
            if (rel.startsWith("mlruns/")) {
                params.add(rel);
            }
        }
        return new ModelFiles(files.rootModelFiles(), params);
    }

    boolean isEmpty() {
        return rootFiles.isEmpty() && mlrunsParams.isEmpty();
    }

    /**
     * {@code paths.model_files} as the reference writes it: the root files, else the {@code params.pkl} files, as
     * bare base names (so an MLflow match reads {@code "params.pkl"}).
     */
    List<String> referenceNames() {
        if (!rootFiles.isEmpty()) {
            return rootFiles;
        }
        return mlrunsParams.stream().map(p -> p.substring(p.lastIndexOf('/') + 1)).toList();
    }

    /** {@code model_file_paths}: every weight file, workspace-relative, root files first. */
    List<String> paths() {
        List<String> all = new ArrayList<>(rootFiles);
        all.addAll(mlrunsParams);
        return all;
    }
}
