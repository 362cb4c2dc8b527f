StandardOutputCheck.install()
KetaguideCommand.main()
