KetaguideCommand.main()
