def test_application_icon_is_bundled_and_set(qapp):
    from gkdesk.gui.app import _set_icon

    _set_icon(qapp)
    assert not qapp.windowIcon().isNull()
