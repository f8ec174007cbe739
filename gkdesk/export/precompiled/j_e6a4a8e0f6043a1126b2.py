from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = None

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0___gk_loop_guard = resolve('__gk_loop_guard')
    l_0_title_lines = resolve('title_lines')
    l_0_s1 = resolve('s1')
    l_0_s2 = resolve('s2')
    l_0_t2 = resolve('t2')
    l_0_s3 = resolve('s3')
    l_0_t3 = resolve('t3')
    l_0_s4 = resolve('s4')
    l_0_t4 = resolve('t4')
    l_0_s5 = resolve('s5')
    l_0_s6 = resolve('s6')
    l_0_contact_line = resolve('contact_line')
    l_0_signature = resolve('signature')
    pass
    yield '<w:body xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" xmlns:mo="http://schemas.microsoft.com/office/mac/office/2008/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:mv="urn:schemas-microsoft-com:mac:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:w10="urn:schemas-microsoft-com:office:word" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" xmlns:wpi="http://schemas.microsoft.com/office/word/2010/wordprocessingInk" xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
    for l_1_line in environment.call(context, (undefined(name='__gk_loop_guard') if l_0___gk_loop_guard is missing else l_0___gk_loop_guard), (undefined(name='title_lines') if l_0_title_lines is missing else l_0_title_lines)):
        _loop_vars = {}
        pass
        yield '\n<w:p><w:pPr><w:pStyle w:val="GKTitle"/></w:pPr><w:r><w:t xml:space="preserve">'
        yield escape(l_1_line)
        yield '</w:t></w:r></w:p>'
    l_1_line = missing
    yield '<w:p/>\n<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>一、总体情况</w:t></w:r></w:p>'
    for l_1_b in environment.call(context, (undefined(name='__gk_loop_guard') if l_0___gk_loop_guard is missing else l_0___gk_loop_guard), environment.getattr((undefined(name='s1') if l_0_s1 is missing else l_0_s1), 'blocks')):
        _loop_vars = {}
        pass
        if environment.getattr(l_1_b, 'keep'):
            pass
            yield '\n<w:p><w:pPr><w:pStyle w:val="GKKeepWithNext"/></w:pPr><w:r><w:rPr><w:rStyle w:val="GKLead"/></w:rPr><w:t xml:space="preserve">'
            yield escape(environment.getattr(l_1_b, 'lead'))
            yield '</w:t></w:r><w:r><w:t xml:space="preserve">'
            yield escape(environment.getattr(l_1_b, 'body'))
            yield '</w:t></w:r></w:p>'
        else:
            pass
            yield '\n<w:p><w:r><w:rPr><w:rStyle w:val="GKLead"/></w:rPr><w:t xml:space="preserve">'
            yield escape(environment.getattr(l_1_b, 'lead'))
            yield '</w:t></w:r><w:r><w:t xml:space="preserve">'
            yield escape(environment.getattr(l_1_b, 'body'))
            yield '</w:t></w:r></w:p>'
    l_1_b = missing
    yield '\n<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>二、主动公开政府信息情况</w:t></w:r></w:p>'
    for l_1_b in environment.call(context, (undefined(name='__gk_loop_guard') if l_0___gk_loop_guard is missing else l_0___gk_loop_guard), environment.getattr((undefined(name='s2') if l_0_s2 is missing else l_0_s2), 'blocks')):
        _loop_vars = {}
        pass
        if environment.getattr(l_1_b, 'keep'):
            pass
            yield '\n<w:p><w:pPr><w:pStyle w:val="GKKeepWithNext"/></w:pPr><w:r><w:rPr><w:rStyle w:val="GKLead"/></w:rPr><w:t xml:space="preserve">'
            yield escape(environment.getattr(l_1_b, 'lead'))
            yield '</w:t></w:r><w:r><w:t xml:space="preserve">'
            yield escape(environment.getattr(l_1_b, 'body'))
            yield '</w:t></w:r></w:p>'
        else:
            pass
            yield '\n<w:p><w:r><w:rPr><w:rStyle w:val="GKLead"/></w:rPr><w:t xml:space="preserve">'
            yield escape(environment.getattr(l_1_b, 'lead'))
            yield '</w:t></w:r><w:r><w:t xml:space="preserve">'
            yield escape(environment.getattr(l_1_b, 'body'))
            yield '</w:t></w:r></w:p>'
    l_1_b = missing
    yield '<w:tbl><w:tblPr><w:tblW w:w="8844" w:type="dxa"/><w:jc w:val="center"/><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:left w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:right w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="000000"/></w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="30" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="30" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid><w:gridCol w:w="2211"/><w:gridCol w:w="2211"/><w:gridCol w:w="2211"/><w:gridCol w:w="2211"/></w:tblGrid><w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="8844"/><w:gridSpan w:val="4"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTable"/><w:keepNext/></w:pPr><w:r><w:t>第二十条第（一）项</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2211"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTable"/><w:keepNext/></w:pPr><w:r><w:t>信息内容</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2211"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTable"/><w:keepNext/></w:pPr><w:r><w:t>本年新制作数量</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2211"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTable"/><w:keepNext/></w:pPr><w:r><w:t>本年新公开数量</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2211"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTable"/><w:keepNext/></w:pPr><w:r><w:t>对外公开总数量</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2211"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTable"/><w:keepNext/></w:pPr><w:r><w:t>规章</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2211"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTable"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t2') if l_0_t2 is missing else l_0_t2), 'rules'), 'made'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2211"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTable"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t2') if l_0_t2 is missing else l_0_t2), 'rules'), 'published'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2211"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTable"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t2') if l_0_t2 is missing else l_0_t2), 'rules'), 'total_public'))
    yield '</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2211"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTable"/></w:pPr><w:r><w:t>规范性文件</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2211"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTable"/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t2') if l_0_t2 is missing else l_0_t2), 'normative'), 'made'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2211"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTable"/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t2') if l_0_t2 is missing else l_0_t2), 'normative'), 'published'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2211"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTable"/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t2') if l_0_t2 is missing else l_0_t2), 'normative'), 'total_public'))
    yield '</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="8844"/><w:gridSpan w:val="4"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTable"/><w:keepNext/></w:pPr><w:r><w:t>第二十条第（五）项</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2211"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTable"/><w:keepNext/></w:pPr><w:r><w:t>信息内容</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2211"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTable"/><w:keepNext/></w:pPr><w:r><w:t>上一年项目数量</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2211"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTable"/><w:keepNext/></w:pPr><w:r><w:t>本年增/减</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2211"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTable"/><w:keepNext/></w:pPr><w:r><w:t>处理决定数量</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2211"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTable"/><w:keepNext/></w:pPr><w:r><w:t>行政许可</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2211"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTable"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t2') if l_0_t2 is missing else l_0_t2), 'license'), 'prev_items'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2211"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTable"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t2') if l_0_t2 is missing else l_0_t2), 'license'), 'change'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2211"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTable"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t2') if l_0_t2 is missing else l_0_t2), 'license'), 'decisions'))
    yield '</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2211"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTable"/></w:pPr><w:r><w:t>其他对外管理服务事项</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2211"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTable"/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t2') if l_0_t2 is missing else l_0_t2), 'other_services'), 'prev_items'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2211"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTable"/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t2') if l_0_t2 is missing else l_0_t2), 'other_services'), 'change'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2211"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTable"/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t2') if l_0_t2 is missing else l_0_t2), 'other_services'), 'decisions'))
    yield '</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="8844"/><w:gridSpan w:val="4"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTable"/><w:keepNext/></w:pPr><w:r><w:t>第二十条第（六）项</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2211"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTable"/><w:keepNext/></w:pPr><w:r><w:t>信息内容</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2211"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTable"/><w:keepNext/></w:pPr><w:r><w:t>上一年项目数量</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2211"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTable"/><w:keepNext/></w:pPr><w:r><w:t>本年增/减</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2211"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTable"/><w:keepNext/></w:pPr><w:r><w:t>处理决定数量</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2211"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTable"/><w:keepNext/></w:pPr><w:r><w:t>行政处罚</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2211"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTable"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t2') if l_0_t2 is missing else l_0_t2), 'penalty'), 'prev_items'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2211"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTable"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t2') if l_0_t2 is missing else l_0_t2), 'penalty'), 'change'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2211"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTable"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t2') if l_0_t2 is missing else l_0_t2), 'penalty'), 'decisions'))
    yield '</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2211"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTable"/></w:pPr><w:r><w:t>行政强制</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2211"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTable"/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t2') if l_0_t2 is missing else l_0_t2), 'coercion'), 'prev_items'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2211"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTable"/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t2') if l_0_t2 is missing else l_0_t2), 'coercion'), 'change'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2211"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTable"/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t2') if l_0_t2 is missing else l_0_t2), 'coercion'), 'decisions'))
    yield '</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="8844"/><w:gridSpan w:val="4"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTable"/><w:keepNext/></w:pPr><w:r><w:t>第二十条第（八）项</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2211"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTable"/><w:keepNext/></w:pPr><w:r><w:t>信息内容</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2211"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTable"/><w:keepNext/></w:pPr><w:r><w:t>上一年项目数量</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="4422"/><w:gridSpan w:val="2"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTable"/><w:keepNext/></w:pPr><w:r><w:t>本年增/减</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2211"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTable"/></w:pPr><w:r><w:t>行政事业性收费</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2211"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTable"/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t2') if l_0_t2 is missing else l_0_t2), 'fees'), 'prev_items'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="4422"/><w:gridSpan w:val="2"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTable"/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t2') if l_0_t2 is missing else l_0_t2), 'fees'), 'change'))
    yield '</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="8844"/><w:gridSpan w:val="4"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTable"/><w:keepNext/></w:pPr><w:r><w:t>第二十条第（九）项</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2211"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTable"/><w:keepNext/></w:pPr><w:r><w:t>信息内容</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2211"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTable"/><w:keepNext/></w:pPr><w:r><w:t>采购项目数量</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="4422"/><w:gridSpan w:val="2"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTable"/><w:keepNext/></w:pPr><w:r><w:t>采购总金额（单位：万元）</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2211"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTable"/></w:pPr><w:r><w:t>政府集中采购</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2211"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTable"/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t2') if l_0_t2 is missing else l_0_t2), 'procurement'), 'items'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="4422"/><w:gridSpan w:val="2"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTable"/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t2') if l_0_t2 is missing else l_0_t2), 'procurement'), 'amount'))
    yield '</w:t></w:r></w:p></w:tc></w:tr></w:tbl>\n<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>三、收到和处理政府信息公开申请情况</w:t></w:r></w:p>'
    for l_1_b in environment.call(context, (undefined(name='__gk_loop_guard') if l_0___gk_loop_guard is missing else l_0___gk_loop_guard), environment.getattr((undefined(name='s3') if l_0_s3 is missing else l_0_s3), 'blocks')):
        _loop_vars = {}
        pass
        if environment.getattr(l_1_b, 'keep'):
            pass
            yield '\n<w:p><w:pPr><w:pStyle w:val="GKKeepWithNext"/></w:pPr><w:r><w:rPr><w:rStyle w:val="GKLead"/></w:rPr><w:t xml:space="preserve">'
            yield escape(environment.getattr(l_1_b, 'lead'))
            yield '</w:t></w:r><w:r><w:t xml:space="preserve">'
            yield escape(environment.getattr(l_1_b, 'body'))
            yield '</w:t></w:r></w:p>'
        else:
            pass
            yield '\n<w:p><w:r><w:rPr><w:rStyle w:val="GKLead"/></w:rPr><w:t xml:space="preserve">'
            yield escape(environment.getattr(l_1_b, 'lead'))
            yield '</w:t></w:r><w:r><w:t xml:space="preserve">'
            yield escape(environment.getattr(l_1_b, 'body'))
            yield '</w:t></w:r></w:p>'
    l_1_b = missing
    yield '<w:tbl><w:tblPr><w:tblW w:w="8844" w:type="dxa"/><w:jc w:val="center"/><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:left w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:right w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="000000"/></w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="30" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="30" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid><w:gridCol w:w="297"/><w:gridCol w:w="803"/><w:gridCol w:w="2663"/><w:gridCol w:w="623"/><w:gridCol w:w="803"/><w:gridCol w:w="803"/><w:gridCol w:w="803"/><w:gridCol w:w="803"/><w:gridCol w:w="623"/><w:gridCol w:w="623"/></w:tblGrid><w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="3763"/><w:gridSpan w:val="3"/><w:vMerge w:val="restart"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t>（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="5081"/><w:gridSpan w:val="7"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t>申请人情况</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="3763"/><w:gridSpan w:val="3"/><w:vMerge/></w:tcPr>\n<w:p><w:pPr><w:keepNext/></w:pPr></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="623"/><w:vMerge w:val="restart"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t>自然人</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="3835"/><w:gridSpan w:val="5"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t>法人或其他组织</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="623"/><w:vMerge w:val="restart"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t>总计</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="3763"/><w:gridSpan w:val="3"/><w:vMerge/></w:tcPr>\n<w:p><w:pPr><w:keepNext/></w:pPr></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="623"/><w:vMerge/></w:tcPr>\n<w:p><w:pPr><w:keepNext/></w:pPr></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t>商业企业</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t>科研机构</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t>社会公益</w:t></w:r><w:r><w:br/><w:t>组织</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t>法律服务</w:t></w:r><w:r><w:br/><w:t>机构</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="623"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t>其他</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="623"/><w:vMerge/></w:tcPr>\n<w:p><w:pPr><w:keepNext/></w:pPr></w:p></w:tc></w:tr><w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="3763"/><w:gridSpan w:val="3"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmallLeft"/></w:pPr><w:r><w:t>一、本年新收政府信息公开申请数量</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="623"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'new'), 'natural'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'new'), 'business'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'new'), 'research'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'new'), 'nonprofit'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'new'), 'legal'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="623"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'new'), 'other'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="623"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'new'), 'total'))
    yield '</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="3763"/><w:gridSpan w:val="3"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmallLeft"/></w:pPr><w:r><w:t>二、上年结转政府信息公开申请数量</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="623"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'carried'), 'natural'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'carried'), 'business'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'carried'), 'research'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'carried'), 'nonprofit'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'carried'), 'legal'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="623"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'carried'), 'other'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="623"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'carried'), 'total'))
    yield '</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="297"/><w:vMerge w:val="restart"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t>三、本年度办理结果</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="3466"/><w:gridSpan w:val="2"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmallLeft"/><w:keepNext/></w:pPr><w:r><w:t>（一）予以公开</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="623"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'granted'), 'natural'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'granted'), 'business'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'granted'), 'research'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'granted'), 'nonprofit'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'granted'), 'legal'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="623"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'granted'), 'other'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="623"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'granted'), 'total'))
    yield '</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="297"/><w:vMerge/></w:tcPr>\n<w:p><w:pPr><w:keepNext/></w:pPr></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="3466"/><w:gridSpan w:val="2"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmallLeft"/><w:keepNext/></w:pPr><w:r><w:t>（二）部分公开（区分处理的，只计这一情形，不计其他情形）</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="623"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'partial'), 'natural'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'partial'), 'business'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'partial'), 'research'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'partial'), 'nonprofit'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'partial'), 'legal'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="623"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'partial'), 'other'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="623"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'partial'), 'total'))
    yield '</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="297"/><w:vMerge/></w:tcPr>\n<w:p><w:pPr><w:keepNext/></w:pPr></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vMerge w:val="restart"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t>（三）</w:t></w:r><w:r><w:br/><w:t>不予公开</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2663"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmallLeft"/><w:keepNext/></w:pPr><w:r><w:t>1.属于国家秘密</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="623"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'deny_secret'), 'natural'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'deny_secret'), 'business'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'deny_secret'), 'research'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'deny_secret'), 'nonprofit'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'deny_secret'), 'legal'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="623"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'deny_secret'), 'other'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="623"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'deny_secret'), 'total'))
    yield '</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="297"/><w:vMerge/></w:tcPr>\n<w:p><w:pPr><w:keepNext/></w:pPr></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vMerge/></w:tcPr>\n<w:p><w:pPr><w:keepNext/></w:pPr></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2663"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmallLeft"/><w:keepNext/></w:pPr><w:r><w:t>2.其他法律行政法规禁止公开</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="623"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'deny_law'), 'natural'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'deny_law'), 'business'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'deny_law'), 'research'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'deny_law'), 'nonprofit'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'deny_law'), 'legal'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="623"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'deny_law'), 'other'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="623"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'deny_law'), 'total'))
    yield '</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="297"/><w:vMerge/></w:tcPr>\n<w:p><w:pPr><w:keepNext/></w:pPr></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vMerge/></w:tcPr>\n<w:p><w:pPr><w:keepNext/></w:pPr></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2663"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmallLeft"/><w:keepNext/></w:pPr><w:r><w:t>3.危及“三安全一稳定”</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="623"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'deny_safety'), 'natural'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'deny_safety'), 'business'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'deny_safety'), 'research'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'deny_safety'), 'nonprofit'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'deny_safety'), 'legal'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="623"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'deny_safety'), 'other'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="623"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'deny_safety'), 'total'))
    yield '</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="297"/><w:vMerge/></w:tcPr>\n<w:p><w:pPr><w:keepNext/></w:pPr></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vMerge/></w:tcPr>\n<w:p><w:pPr><w:keepNext/></w:pPr></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2663"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmallLeft"/><w:keepNext/></w:pPr><w:r><w:t>4.保护第三方合法权益</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="623"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'deny_third_party'), 'natural'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'deny_third_party'), 'business'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'deny_third_party'), 'research'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'deny_third_party'), 'nonprofit'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'deny_third_party'), 'legal'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="623"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'deny_third_party'), 'other'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="623"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'deny_third_party'), 'total'))
    yield '</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="297"/><w:vMerge/></w:tcPr>\n<w:p><w:pPr><w:keepNext/></w:pPr></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vMerge/></w:tcPr>\n<w:p><w:pPr><w:keepNext/></w:pPr></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2663"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmallLeft"/><w:keepNext/></w:pPr><w:r><w:t>5.属于三类内部事务信息</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="623"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'deny_internal'), 'natural'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'deny_internal'), 'business'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'deny_internal'), 'research'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'deny_internal'), 'nonprofit'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'deny_internal'), 'legal'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="623"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'deny_internal'), 'other'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="623"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'deny_internal'), 'total'))
    yield '</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="297"/><w:vMerge/></w:tcPr>\n<w:p><w:pPr><w:keepNext/></w:pPr></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vMerge/></w:tcPr>\n<w:p><w:pPr><w:keepNext/></w:pPr></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2663"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmallLeft"/><w:keepNext/></w:pPr><w:r><w:t>6.属于四类过程性信息</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="623"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'deny_process'), 'natural'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'deny_process'), 'business'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'deny_process'), 'research'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'deny_process'), 'nonprofit'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'deny_process'), 'legal'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="623"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'deny_process'), 'other'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="623"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'deny_process'), 'total'))
    yield '</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="297"/><w:vMerge/></w:tcPr>\n<w:p><w:pPr><w:keepNext/></w:pPr></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vMerge/></w:tcPr>\n<w:p><w:pPr><w:keepNext/></w:pPr></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2663"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmallLeft"/><w:keepNext/></w:pPr><w:r><w:t>7.属于行政执法案卷</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="623"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'deny_enforcement'), 'natural'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'deny_enforcement'), 'business'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'deny_enforcement'), 'research'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'deny_enforcement'), 'nonprofit'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'deny_enforcement'), 'legal'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="623"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'deny_enforcement'), 'other'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="623"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'deny_enforcement'), 'total'))
    yield '</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="297"/><w:vMerge/></w:tcPr><w:p/></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vMerge/></w:tcPr><w:p/></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2663"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmallLeft"/></w:pPr><w:r><w:t>8.属于行政查询事项</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="623"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'deny_inquiry'), 'natural'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'deny_inquiry'), 'business'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'deny_inquiry'), 'research'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'deny_inquiry'), 'nonprofit'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'deny_inquiry'), 'legal'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="623"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'deny_inquiry'), 'other'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="623"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'deny_inquiry'), 'total'))
    yield '</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="297"/><w:vMerge/></w:tcPr>\n<w:p><w:pPr><w:keepNext/></w:pPr></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vMerge w:val="restart"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t>（四）</w:t></w:r><w:r><w:br/><w:t>无法提供</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2663"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmallLeft"/><w:keepNext/></w:pPr><w:r><w:t>1.本机关不掌握相关政府信息</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="623"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'unable_none'), 'natural'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'unable_none'), 'business'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'unable_none'), 'research'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'unable_none'), 'nonprofit'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'unable_none'), 'legal'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="623"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'unable_none'), 'other'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="623"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'unable_none'), 'total'))
    yield '</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="297"/><w:vMerge/></w:tcPr>\n<w:p><w:pPr><w:keepNext/></w:pPr></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vMerge/></w:tcPr>\n<w:p><w:pPr><w:keepNext/></w:pPr></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2663"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmallLeft"/><w:keepNext/></w:pPr><w:r><w:t>2.没有现成信息需要另行制作</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="623"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'unable_make'), 'natural'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'unable_make'), 'business'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'unable_make'), 'research'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'unable_make'), 'nonprofit'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'unable_make'), 'legal'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="623"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'unable_make'), 'other'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="623"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'unable_make'), 'total'))
    yield '</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="297"/><w:vMerge/></w:tcPr><w:p/></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vMerge/></w:tcPr><w:p/></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2663"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmallLeft"/></w:pPr><w:r><w:t>3.补正后申请内容仍不明确</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="623"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'unable_unclear'), 'natural'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'unable_unclear'), 'business'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'unable_unclear'), 'research'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'unable_unclear'), 'nonprofit'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'unable_unclear'), 'legal'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="623"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'unable_unclear'), 'other'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="623"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'unable_unclear'), 'total'))
    yield '</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="297"/><w:vMerge/></w:tcPr>\n<w:p><w:pPr><w:keepNext/></w:pPr></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vMerge w:val="restart"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t>（五）</w:t></w:r><w:r><w:br/><w:t>不予处理</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2663"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmallLeft"/><w:keepNext/></w:pPr><w:r><w:t>1.信访举报投诉类申请</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="623"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'reject_petition'), 'natural'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'reject_petition'), 'business'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'reject_petition'), 'research'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'reject_petition'), 'nonprofit'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'reject_petition'), 'legal'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="623"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'reject_petition'), 'other'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="623"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'reject_petition'), 'total'))
    yield '</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="297"/><w:vMerge/></w:tcPr>\n<w:p><w:pPr><w:keepNext/></w:pPr></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vMerge/></w:tcPr>\n<w:p><w:pPr><w:keepNext/></w:pPr></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2663"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmallLeft"/><w:keepNext/></w:pPr><w:r><w:t>2.重复申请</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="623"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'reject_repeat'), 'natural'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'reject_repeat'), 'business'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'reject_repeat'), 'research'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'reject_repeat'), 'nonprofit'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'reject_repeat'), 'legal'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="623"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'reject_repeat'), 'other'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="623"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'reject_repeat'), 'total'))
    yield '</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="297"/><w:vMerge/></w:tcPr>\n<w:p><w:pPr><w:keepNext/></w:pPr></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vMerge/></w:tcPr>\n<w:p><w:pPr><w:keepNext/></w:pPr></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2663"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmallLeft"/><w:keepNext/></w:pPr><w:r><w:t>3.要求提供公开出版物</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="623"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'reject_publication'), 'natural'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'reject_publication'), 'business'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'reject_publication'), 'research'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'reject_publication'), 'nonprofit'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'reject_publication'), 'legal'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="623"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'reject_publication'), 'other'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="623"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'reject_publication'), 'total'))
    yield '</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="297"/><w:vMerge/></w:tcPr>\n<w:p><w:pPr><w:keepNext/></w:pPr></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vMerge/></w:tcPr>\n<w:p><w:pPr><w:keepNext/></w:pPr></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2663"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmallLeft"/><w:keepNext/></w:pPr><w:r><w:t>4.无正当理由大量反复申请</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="623"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'reject_mass'), 'natural'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'reject_mass'), 'business'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'reject_mass'), 'research'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'reject_mass'), 'nonprofit'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'reject_mass'), 'legal'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="623"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'reject_mass'), 'other'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="623"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'reject_mass'), 'total'))
    yield '</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="297"/><w:vMerge/></w:tcPr><w:p/></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vMerge/></w:tcPr><w:p/></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2663"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmallLeft"/></w:pPr><w:r><w:t>5.要求行政机关确认或重新出具已获取信息</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="623"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'reject_confirm'), 'natural'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'reject_confirm'), 'business'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'reject_confirm'), 'research'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'reject_confirm'), 'nonprofit'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'reject_confirm'), 'legal'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="623"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'reject_confirm'), 'other'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="623"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'reject_confirm'), 'total'))
    yield '</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="297"/><w:vMerge/></w:tcPr><w:p/></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="3466"/><w:gridSpan w:val="2"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmallLeft"/></w:pPr><w:r><w:t>（六）其他处理</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="623"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'other_handling'), 'natural'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'other_handling'), 'business'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'other_handling'), 'research'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'other_handling'), 'nonprofit'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'other_handling'), 'legal'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="623"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'other_handling'), 'other'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="623"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'other_handling'), 'total'))
    yield '</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="297"/><w:vMerge/></w:tcPr>\n<w:p><w:pPr><w:keepNext/></w:pPr></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="3466"/><w:gridSpan w:val="2"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmallLeft"/><w:keepNext/></w:pPr><w:r><w:t>（七）总计</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="623"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'results_total'), 'natural'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'results_total'), 'business'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'results_total'), 'research'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'results_total'), 'nonprofit'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'results_total'), 'legal'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="623"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'results_total'), 'other'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="623"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'results_total'), 'total'))
    yield '</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="3763"/><w:gridSpan w:val="3"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmallLeft"/></w:pPr><w:r><w:t>四、结转下年度继续办理</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="623"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'carry_next'), 'natural'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'carry_next'), 'business'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'carry_next'), 'research'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'carry_next'), 'nonprofit'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'carry_next'), 'legal'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="623"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'carry_next'), 'other'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="623"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'carry_next'), 'total'))
    yield '</w:t></w:r></w:p></w:tc></w:tr></w:tbl>\n<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>四、政府信息公开行政复议、行政诉讼情况</w:t></w:r></w:p>'
    for l_1_b in environment.call(context, (undefined(name='__gk_loop_guard') if l_0___gk_loop_guard is missing else l_0___gk_loop_guard), environment.getattr((undefined(name='s4') if l_0_s4 is missing else l_0_s4), 'blocks')):
        _loop_vars = {}
        pass
        if environment.getattr(l_1_b, 'keep'):
            pass
            yield '\n<w:p><w:pPr><w:pStyle w:val="GKKeepWithNext"/></w:pPr><w:r><w:rPr><w:rStyle w:val="GKLead"/></w:rPr><w:t xml:space="preserve">'
            yield escape(environment.getattr(l_1_b, 'lead'))
            yield '</w:t></w:r><w:r><w:t xml:space="preserve">'
            yield escape(environment.getattr(l_1_b, 'body'))
            yield '</w:t></w:r></w:p>'
        else:
            pass
            yield '\n<w:p><w:r><w:rPr><w:rStyle w:val="GKLead"/></w:rPr><w:t xml:space="preserve">'
            yield escape(environment.getattr(l_1_b, 'lead'))
            yield '</w:t></w:r><w:r><w:t xml:space="preserve">'
            yield escape(environment.getattr(l_1_b, 'body'))
            yield '</w:t></w:r></w:p>'
    l_1_b = missing
    yield '<w:tbl><w:tblPr><w:tblW w:w="8844" w:type="dxa"/><w:jc w:val="center"/><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:left w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:right w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="000000"/></w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="30" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="30" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid><w:gridCol w:w="590"/><w:gridCol w:w="590"/><w:gridCol w:w="590"/><w:gridCol w:w="590"/><w:gridCol w:w="590"/><w:gridCol w:w="590"/><w:gridCol w:w="590"/><w:gridCol w:w="590"/><w:gridCol w:w="590"/><w:gridCol w:w="590"/><w:gridCol w:w="590"/><w:gridCol w:w="590"/><w:gridCol w:w="590"/><w:gridCol w:w="590"/><w:gridCol w:w="584"/></w:tblGrid><w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2950"/><w:gridSpan w:val="5"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t>行政复议</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="5894"/><w:gridSpan w:val="10"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t>行政诉讼</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="590"/><w:vMerge w:val="restart"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t>结果</w:t></w:r><w:r><w:br/><w:t>维持</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="590"/><w:vMerge w:val="restart"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t>结果</w:t></w:r><w:r><w:br/><w:t>纠正</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="590"/><w:vMerge w:val="restart"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t>其他</w:t></w:r><w:r><w:br/><w:t>结果</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="590"/><w:vMerge w:val="restart"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t>尚未</w:t></w:r><w:r><w:br/><w:t>审结</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="590"/><w:vMerge w:val="restart"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t>总计</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2950"/><w:gridSpan w:val="5"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t>未经复议直接起诉</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2944"/><w:gridSpan w:val="5"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t>复议后起诉</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="590"/><w:vMerge/></w:tcPr>\n<w:p><w:pPr><w:keepNext/></w:pPr></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="590"/><w:vMerge/></w:tcPr>\n<w:p><w:pPr><w:keepNext/></w:pPr></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="590"/><w:vMerge/></w:tcPr>\n<w:p><w:pPr><w:keepNext/></w:pPr></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="590"/><w:vMerge/></w:tcPr>\n<w:p><w:pPr><w:keepNext/></w:pPr></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="590"/><w:vMerge/></w:tcPr>\n<w:p><w:pPr><w:keepNext/></w:pPr></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="590"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t>结果</w:t></w:r><w:r><w:br/><w:t>维持</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="590"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t>结果</w:t></w:r><w:r><w:br/><w:t>纠正</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="590"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t>其他</w:t></w:r><w:r><w:br/><w:t>结果</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="590"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t>尚未</w:t></w:r><w:r><w:br/><w:t>审结</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="590"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t>总计</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="590"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t>结果</w:t></w:r><w:r><w:br/><w:t>维持</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="590"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t>结果</w:t></w:r><w:r><w:br/><w:t>纠正</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="590"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t>其他</w:t></w:r><w:r><w:br/><w:t>结果</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="590"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t>尚未</w:t></w:r><w:r><w:br/><w:t>审结</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="584"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t>总计</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="590"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t4') if l_0_t4 is missing else l_0_t4), 'review'), 'upheld'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="590"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t4') if l_0_t4 is missing else l_0_t4), 'review'), 'corrected'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="590"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t4') if l_0_t4 is missing else l_0_t4), 'review'), 'other'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="590"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t4') if l_0_t4 is missing else l_0_t4), 'review'), 'pending'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="590"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t4') if l_0_t4 is missing else l_0_t4), 'review'), 'total'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="590"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t4') if l_0_t4 is missing else l_0_t4), 'direct'), 'upheld'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="590"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t4') if l_0_t4 is missing else l_0_t4), 'direct'), 'corrected'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="590"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t4') if l_0_t4 is missing else l_0_t4), 'direct'), 'other'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="590"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t4') if l_0_t4 is missing else l_0_t4), 'direct'), 'pending'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="590"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t4') if l_0_t4 is missing else l_0_t4), 'direct'), 'total'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="590"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t4') if l_0_t4 is missing else l_0_t4), 'after'), 'upheld'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="590"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t4') if l_0_t4 is missing else l_0_t4), 'after'), 'corrected'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="590"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t4') if l_0_t4 is missing else l_0_t4), 'after'), 'other'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="590"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t4') if l_0_t4 is missing else l_0_t4), 'after'), 'pending'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="584"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t4') if l_0_t4 is missing else l_0_t4), 'after'), 'total'))
    yield '</w:t></w:r></w:p></w:tc></w:tr></w:tbl>\n<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>五、存在的主要问题及改进情况</w:t></w:r></w:p>'
    for l_1_b in environment.call(context, (undefined(name='__gk_loop_guard') if l_0___gk_loop_guard is missing else l_0___gk_loop_guard), environment.getattr((undefined(name='s5') if l_0_s5 is missing else l_0_s5), 'blocks')):
        _loop_vars = {}
        pass
        if environment.getattr(l_1_b, 'keep'):
            pass
            yield '\n<w:p><w:pPr><w:pStyle w:val="GKKeepWithNext"/></w:pPr><w:r><w:rPr><w:rStyle w:val="GKLead"/></w:rPr><w:t xml:space="preserve">'
            yield escape(environment.getattr(l_1_b, 'lead'))
            yield '</w:t></w:r><w:r><w:t xml:space="preserve">'
            yield escape(environment.getattr(l_1_b, 'body'))
            yield '</w:t></w:r></w:p>'
        else:
            pass
            yield '\n<w:p><w:r><w:rPr><w:rStyle w:val="GKLead"/></w:rPr><w:t xml:space="preserve">'
            yield escape(environment.getattr(l_1_b, 'lead'))
            yield '</w:t></w:r><w:r><w:t xml:space="preserve">'
            yield escape(environment.getattr(l_1_b, 'body'))
            yield '</w:t></w:r></w:p>'
    l_1_b = missing
    yield '\n<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>六、其他需要报告的事项</w:t></w:r></w:p>'
    for l_1_b in environment.call(context, (undefined(name='__gk_loop_guard') if l_0___gk_loop_guard is missing else l_0___gk_loop_guard), environment.getattr((undefined(name='s6') if l_0_s6 is missing else l_0_s6), 'blocks')):
        _loop_vars = {}
        pass
        if environment.getattr(l_1_b, 'keep'):
            pass
            yield '\n<w:p><w:pPr><w:pStyle w:val="GKKeepWithNext"/></w:pPr><w:r><w:rPr><w:rStyle w:val="GKLead"/></w:rPr><w:t xml:space="preserve">'
            yield escape(environment.getattr(l_1_b, 'lead'))
            yield '</w:t></w:r><w:r><w:t xml:space="preserve">'
            yield escape(environment.getattr(l_1_b, 'body'))
            yield '</w:t></w:r></w:p>'
        else:
            pass
            yield '\n<w:p><w:r><w:rPr><w:rStyle w:val="GKLead"/></w:rPr><w:t xml:space="preserve">'
            yield escape(environment.getattr(l_1_b, 'lead'))
            yield '</w:t></w:r><w:r><w:t xml:space="preserve">'
            yield escape(environment.getattr(l_1_b, 'body'))
            yield '</w:t></w:r></w:p>'
    l_1_b = missing
    if (undefined(name='contact_line') if l_0_contact_line is missing else l_0_contact_line):
        pass
        yield '\n<w:p><w:pPr><w:pStyle w:val="GKKeepWithNext"/><w:jc w:val="left"/></w:pPr><w:r><w:t xml:space="preserve">'
        yield escape((undefined(name='contact_line') if l_0_contact_line is missing else l_0_contact_line))
        yield '</w:t></w:r></w:p>'
    yield '\n<w:p><w:pPr><w:pStyle w:val="GKKeepWithNext"/></w:pPr></w:p>\n<w:p><w:pPr><w:pStyle w:val="GKSignature"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr((undefined(name='signature') if l_0_signature is missing else l_0_signature), 'agency_line'))
    yield '</w:t></w:r></w:p>\n<w:p><w:pPr><w:pStyle w:val="GKSignature"/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr((undefined(name='signature') if l_0_signature is missing else l_0_signature), 'date_line'))
    yield '</w:t></w:r></w:p><w:sectPr w:rsidR="00FC693F" w:rsidRPr="0006063C" w:rsidSect="00034616"><w:footerReference w:type="default" r:id="rId9"/><w:footerReference w:type="even" r:id="rId10"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587" w:header="850" w:footer="1361" w:gutter="0"/><w:cols w:space="720"/><w:docGrid w:type="linesAndChars" w:linePitch="579" w:charSpace="-851"/></w:sectPr></w:body>'

blocks = {}
debug_info = '1=25&2=29&3=33&4=39&5=46&6=52&7=58&8=65&15=71&16=73&17=75&19=77&20=79&21=81&28=83&29=85&30=87&32=89&33=91&34=93&41=95&42=97&43=99&45=101&46=103&47=105&53=107&54=109&60=111&61=113&62=115&63=121&64=128&80=134&81=136&82=138&83=140&84=142&85=144&86=146&88=148&89=150&90=152&91=154&92=156&93=158&94=160&97=162&98=164&99=166&100=168&101=170&102=172&103=174&106=176&107=178&108=180&109=182&110=184&111=186&112=188&116=190&117=192&118=194&119=196&120=198&121=200&122=202&126=204&127=206&128=208&129=210&130=212&131=214&132=216&136=218&137=220&138=222&139=224&140=226&141=228&142=230&146=232&147=234&148=236&149=238&150=240&151=242&152=244&156=246&157=248&158=250&159=252&160=254&161=256&162=258&166=260&167=262&168=264&169=266&170=268&171=270&172=272&176=274&177=276&178=278&179=280&180=282&181=284&182=286&184=288&185=290&186=292&187=294&188=296&189=298&190=300&194=302&195=304&196=306&197=308&198=310&199=312&200=314&204=316&205=318&206=320&207=322&208=324&209=326&210=328&212=330&213=332&214=334&215=336&216=338&217=340&218=342&222=344&223=346&224=348&225=350&226=352&227=354&228=356&232=358&233=360&234=362&235=364&236=366&237=368&238=370&242=372&243=374&244=376&245=378&246=380&247=382&248=384&252=386&253=388&254=390&255=392&256=394&257=396&258=398&260=400&261=402&262=404&263=406&264=408&265=410&266=412&268=414&269=416&270=418&271=420&272=422&273=424&274=426&277=428&278=430&279=432&280=434&281=436&282=438&283=440&285=442&286=444&287=446&288=448&289=450&290=452&291=454&292=456&293=462&294=469&319=475&320=477&321=479&322=481&323=483&324=485&325=487&326=489&327=491&328=493&329=495&330=497&331=499&332=501&333=503&334=505&335=511&336=518&337=524&338=530&339=537&340=545&342=548&343=550'

# gkdesk-shipped e6a4a8e0f6043a1126b2185e92bd5168fe7096a576d514d6a349ea31b6138f5f: generated by tools/make_templates.py from a bundled template (Jinja 3.1.6); do not edit
# ruff: noqa
