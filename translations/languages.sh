# The languages Ferry ships (sourced by scripts/translations.sh; the same list is in
# app/CMakeLists.txt and tests/unit/tst_translations.cpp reads the .ts files it finds).
FERRY_LANGUAGES=(de fr es pt_BR zh_CN ja en)
