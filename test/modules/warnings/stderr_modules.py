import warnings
import warnhelper

warnhelper.inner()
warnhelper.inner()
warnhelper.outer()
warnhelper.dep()
warnings.simplefilter("once")
warnhelper.inner()
warnings.warn("from the helper")
warnings.warn("from the helper")
