# os.path functions on fixed strings
import os
import os.path
print(os.path.join("a", "b", "c.txt"), os.path.join("/root", "x"), os.path.join("a", "/abs", "b"), os.path.join("a/", "b"), os.path.join("a", ""))
print(os.path.basename("/usr/lib/file.tar.gz"), os.path.dirname("/usr/lib/file.tar.gz"), os.path.basename("dir/"), os.path.dirname("file"))
print(os.path.split("/a/b/c"), os.path.split("c"), os.path.split("/"), os.path.splitext("archive.tar.gz"), os.path.splitext(".bashrc"), os.path.splitext("noext"))
print(os.path.isabs("/x"), os.path.isabs("x/y"), os.path.normpath("/a/./b/../c//d/"), os.path.normpath("a/../../b"), os.path.normpath(""))
print(os.sep, os.path.sep, os.curdir, os.pardir)
print(os.path.join(*["p", "q", "r"]), os.path.commonprefix(["/usr/lib", "/usr/local"]))
print(type(os.getcwd()).__name__, os.path.isabs(os.getcwd()), os.path.exists(os.getcwd()), os.path.isdir(os.getcwd()))
print(os.path.abspath("/already/abs"), os.path.abspath("rel").endswith("/rel"), os.path.abspath("rel") == os.path.join(os.getcwd(), "rel"))
print(os.path.exists("/definitely/not/here/xyz"), os.path.isfile("/definitely/not/here"))
print(type(os.environ.get("PATH", "")).__name__, os.environ.get("NDPY_SURELY_UNSET_VAR", "unset"))
