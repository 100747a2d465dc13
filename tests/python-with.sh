# python-with.sh - sourced by the test scripts: python_with MODULE prints a
# python3 that imports MODULE, or nothing.  Debian's python3-* packages live
# in Debian's python3, which another python3 first on PATH (pyenv, a venv)
# may not see: $PYTHON first, then /usr/bin/python3, then the PATH's.
python_with() {
	for py in ${PYTHON:-} /usr/bin/python3 python3; do
		if "$py" -c "import $1" 2>/dev/null; then
			echo "$py"
			return 0
		fi
	done
	return 1
}
