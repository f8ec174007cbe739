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
    yield '<w:tbl><w:tblPr><w:tblW w:w="8844" w:type="dxa"/><w:jc w:val="center"/><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:left w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:right w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="000000"/></w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="30" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="30" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid><w:gridCol w:w="2211"/><w:gridCol w:w="2211"/><w:gridCol w:w="2211"/><w:gridCol w:w="2211"/></w:tblGrid><w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="8844"/><w:gridSpan w:val="4"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTable"/><w:keepNext/></w:pPr><w:r><w:t>第二十条第（一）项</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2211"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTable"/><w:keepNext/></w:pPr><w:r><w:t>信息内容</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2211"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTable"/><w:keepNext/></w:pPr><w:r><w:t>本年制发件数</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2211"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTable"/><w:keepNext/></w:pPr><w:r><w:t>本年废止件数</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2211"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTable"/><w:keepNext/></w:pPr><w:r><w:t>现行有效件数</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2211"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTable"/><w:keepNext/></w:pPr><w:r><w:t>规章</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2211"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTable"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t2') if l_0_t2 is missing else l_0_t2), 'rules'), 'issued'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2211"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTable"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t2') if l_0_t2 is missing else l_0_t2), 'rules'), 'repealed'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2211"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTable"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t2') if l_0_t2 is missing else l_0_t2), 'rules'), 'in_force'))
    yield '</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2211"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTable"/></w:pPr><w:r><w:t>行政规范性文件</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2211"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTable"/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t2') if l_0_t2 is missing else l_0_t2), 'normative'), 'issued'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2211"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTable"/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t2') if l_0_t2 is missing else l_0_t2), 'normative'), 'repealed'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2211"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTable"/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t2') if l_0_t2 is missing else l_0_t2), 'normative'), 'in_force'))
    yield '</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="8844"/><w:gridSpan w:val="4"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTable"/><w:keepNext/></w:pPr><w:r><w:t>第二十条第（五）项</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2211"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTable"/><w:keepNext/></w:pPr><w:r><w:t>信息内容</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="6633"/><w:gridSpan w:val="3"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTable"/><w:keepNext/></w:pPr><w:r><w:t>本年处理决定数量</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2211"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTable"/></w:pPr><w:r><w:t>行政许可</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="6633"/><w:gridSpan w:val="3"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTable"/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t2') if l_0_t2 is missing else l_0_t2), 'license'), 'decisions'))
    yield '</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="8844"/><w:gridSpan w:val="4"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTable"/><w:keepNext/></w:pPr><w:r><w:t>第二十条第（六）项</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2211"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTable"/><w:keepNext/></w:pPr><w:r><w:t>信息内容</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="6633"/><w:gridSpan w:val="3"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTable"/><w:keepNext/></w:pPr><w:r><w:t>本年处理决定数量</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2211"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTable"/><w:keepNext/></w:pPr><w:r><w:t>行政处罚</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="6633"/><w:gridSpan w:val="3"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTable"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t2') if l_0_t2 is missing else l_0_t2), 'penalty'), 'decisions'))
    yield '</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2211"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTable"/></w:pPr><w:r><w:t>行政强制</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="6633"/><w:gridSpan w:val="3"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTable"/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t2') if l_0_t2 is missing else l_0_t2), 'coercion'), 'decisions'))
    yield '</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="8844"/><w:gridSpan w:val="4"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTable"/><w:keepNext/></w:pPr><w:r><w:t>第二十条第（八）项</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2211"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTable"/><w:keepNext/></w:pPr><w:r><w:t>信息内容</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="6633"/><w:gridSpan w:val="3"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTable"/><w:keepNext/></w:pPr><w:r><w:t>本年收费金额（单位：万元）</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2211"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTable"/></w:pPr><w:r><w:t>行政事业性收费</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="6633"/><w:gridSpan w:val="3"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTable"/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t2') if l_0_t2 is missing else l_0_t2), 'fees'), 'amount'))
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
    yield '</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="297"/><w:vMerge/></w:tcPr>\n<w:p><w:pPr><w:keepNext/></w:pPr></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vMerge w:val="restart"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t>（六）</w:t></w:r><w:r><w:br/><w:t>其他处理</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2663"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmallLeft"/><w:keepNext/></w:pPr><w:r><w:t>1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="623"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'other_overdue'), 'natural'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'other_overdue'), 'business'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'other_overdue'), 'research'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'other_overdue'), 'nonprofit'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'other_overdue'), 'legal'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="623"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'other_overdue'), 'other'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="623"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'other_overdue'), 'total'))
    yield '</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="297"/><w:vMerge/></w:tcPr>\n<w:p><w:pPr><w:keepNext/></w:pPr></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vMerge/></w:tcPr>\n<w:p><w:pPr><w:keepNext/></w:pPr></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2663"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmallLeft"/><w:keepNext/></w:pPr><w:r><w:t>2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="623"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'other_unpaid'), 'natural'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'other_unpaid'), 'business'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'other_unpaid'), 'research'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'other_unpaid'), 'nonprofit'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'other_unpaid'), 'legal'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="623"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'other_unpaid'), 'other'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="623"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'other_unpaid'), 'total'))
    yield '</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="297"/><w:vMerge/></w:tcPr><w:p/></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vMerge/></w:tcPr><w:p/></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2663"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmallLeft"/></w:pPr><w:r><w:t>3.其他</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="623"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'other_misc'), 'natural'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'other_misc'), 'business'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'other_misc'), 'research'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'other_misc'), 'nonprofit'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="803"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'other_misc'), 'legal'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="623"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'other_misc'), 'other'))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="623"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="GKTableSmall"/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.getattr(environment.getattr((undefined(name='t3') if l_0_t3 is missing else l_0_t3), 'other_misc'), 'total'))
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
debug_info = '1=25&2=29&3=33&4=39&5=46&6=52&7=58&8=65&15=71&16=73&17=75&19=77&20=79&21=81&26=83&31=85&33=87&38=89&39=91&40=97&41=104&57=110&58=112&59=114&60=116&61=118&62=120&63=122&65=124&66=126&67=128&68=130&69=132&70=134&71=136&74=138&75=140&76=142&77=144&78=146&79=148&80=150&83=152&84=154&85=156&86=158&87=160&88=162&89=164&93=166&94=168&95=170&96=172&97=174&98=176&99=178&103=180&104=182&105=184&106=186&107=188&108=190&109=192&113=194&114=196&115=198&116=200&117=202&118=204&119=206&123=208&124=210&125=212&126=214&127=216&128=218&129=220&133=222&134=224&135=226&136=228&137=230&138=232&139=234&143=236&144=238&145=240&146=242&147=244&148=246&149=248&153=250&154=252&155=254&156=256&157=258&158=260&159=262&161=264&162=266&163=268&164=270&165=272&166=274&167=276&171=278&172=280&173=282&174=284&175=286&176=288&177=290&181=292&182=294&183=296&184=298&185=300&186=302&187=304&189=306&190=308&191=310&192=312&193=314&194=316&195=318&199=320&200=322&201=324&202=326&203=328&204=330&205=332&209=334&210=336&211=338&212=340&213=342&214=344&215=346&219=348&220=350&221=352&222=354&223=356&224=358&225=360&229=362&230=364&231=366&232=368&233=370&234=372&235=374&237=376&238=378&239=380&240=382&241=384&242=386&243=388&247=390&248=392&249=394&250=396&251=398&252=400&253=402&257=404&258=406&259=408&260=410&261=412&262=414&263=416&265=418&266=420&267=422&268=424&269=426&270=428&271=430&274=432&275=434&276=436&277=438&278=440&279=442&280=444&282=446&283=448&284=450&285=452&286=454&287=456&288=458&289=460&290=466&291=473&316=479&317=481&318=483&319=485&320=487&321=489&322=491&323=493&324=495&325=497&326=499&327=501&328=503&329=505&330=507&331=509&332=515&333=522&334=528&335=534&336=541&337=549&339=552&340=554'

# gkdesk-shipped 5b7f8d5f6d7d162204eebeee9229934bc27eaaedb2da04eb7de1405b0a2237e6: generated by tools/make_templates.py from a bundled template (Jinja 3.1.6); do not edit
# ruff: noqa
